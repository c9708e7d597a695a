package eu.cginternational.service.mobility;

import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.query.Listing;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Selection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A mobility as its lists and exports show it. The approvals inbox is the busiest page of the
 * platform: its rows are read as these columns, not as mobilities with their participant and
 * institutions, whose other columns (a report, a password hash, coordinates) no row shows.
 */
public record MobilityRow(Long id, Long version, MobilityType type, MobilityStatus status, LocalDate startDate,
        LocalDate endDate, String iscoCode, Person participant, Organisation sendingSchool, Organisation host) {

    /** The participant as a row names them. */
    public record Person(Long id, String username, String fullName) {
    }

    /** The sending school or the host as a row names it. */
    public record Organisation(Long id, String name, String city, String countryCode) {
    }

    static final Listing.Projection<Mobility, MobilityRow> PROJECTION = new Listing.Projection<>(root -> {
        Join<Mobility, ?> participant = root.join("participant");
        List<Selection<?>> columns = new ArrayList<>(List.of(root.get("version").alias("version"),
                root.get("type").alias("type"), root.get("status").alias("status"),
                root.get("startDate").alias("startDate"), root.get("endDate").alias("endDate"),
                root.get("iscoCode").alias("iscoCode"), participant.get("id").alias("participantId"),
                participant.get("username").alias("username"), participant.get("fullName").alias("fullName")));
        columns.addAll(organisation(root.join("sendingSchool"), "school"));
        columns.addAll(organisation(root.join("host"), "host"));
        return columns;
    }, MobilityRow::of);

    /**
     * A mobility's own columns, with its participant and institutions by id only: a row before the names it shows,
     * which {@link MobilityRowNames} adds from the shared cache.
     */
    record Unnamed(Long id, Long version, MobilityType type, MobilityStatus status, LocalDate startDate,
            LocalDate endDate, String iscoCode, Long participantId, Long sendingSchoolId, Long hostId) {

        MobilityRow named(Person participant, Organisation sendingSchool, Organisation host) {
            return new MobilityRow(id, version, type, status, startDate, endDate, iscoCode, participant, sendingSchool, host);
        }
    }

    /** The columns of {@link Unnamed}: the mobility's table alone, no join. */
    static final Listing.Projection<Mobility, Unnamed> UNNAMED = new Listing.Projection<>(root -> List.of(
            root.get("version").alias("version"), root.get("type").alias("type"), root.get("status").alias("status"),
            root.get("startDate").alias("startDate"), root.get("endDate").alias("endDate"),
            root.get("iscoCode").alias("iscoCode"), root.get("participantId").alias("participantId"),
            root.get("sendingSchoolId").alias("schoolId"), root.get("hostId").alias("hostId")),
            t -> new Unnamed(t.get("id", Long.class), t.get("version", Long.class), t.get("type", MobilityType.class),
                    t.get("status", MobilityStatus.class), t.get("startDate", LocalDate.class),
                    t.get("endDate", LocalDate.class), t.get("iscoCode", String.class),
                    t.get("participantId", Long.class), t.get("schoolId", Long.class), t.get("hostId", Long.class)));

    /** The number of days of the mobility, both the first and the last counted. */
    public long days() {
        return MobilityType.days(startDate, endDate);
    }

    private static List<Selection<?>> organisation(From<?, ?> institution, String prefix) {
        return List.of(institution.get("id").alias(prefix + "Id"), institution.get("name").alias(prefix + "Name"),
                institution.get("city").alias(prefix + "City"), institution.get("countryCode").alias(prefix + "Country"));
    }

    private static MobilityRow of(Tuple t) {
        return new MobilityRow(t.get("id", Long.class), t.get("version", Long.class), t.get("type", MobilityType.class),
                t.get("status", MobilityStatus.class), t.get("startDate", LocalDate.class),
                t.get("endDate", LocalDate.class), t.get("iscoCode", String.class),
                new Person(t.get("participantId", Long.class), t.get("username", String.class),
                        t.get("fullName", String.class)),
                organisation(t, "school"), organisation(t, "host"));
    }

    private static Organisation organisation(Tuple t, String prefix) {
        return new Organisation(t.get(prefix + "Id", Long.class), t.get(prefix + "Name", String.class),
                t.get(prefix + "City", String.class), t.get(prefix + "Country", String.class));
    }
}
