package eu.cginternational.domain.grant;

import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.mobility.Mobility;
import java.io.Serializable;
import java.util.Objects;

/**
 * What the grant of a mobility depends on: the year it starts (which decides the programme year of
 * the rates), the one-way distance in whole kilometres (null when a place has no coordinates), the
 * country group of the destination, learner or staff, the days of activity, green travel, and
 * whether the participant has fewer opportunities and gets inclusion support.
 */
public record GrantRequest(int startYear, Integer distanceKm, CountryGroup destinationGroup, ParticipantKind kind,
        long activityDays, boolean greenTravel, boolean inclusionSupport) implements Serializable {

    public GrantRequest {
        Objects.requireNonNull(destinationGroup, "destinationGroup");
        Objects.requireNonNull(kind, "kind");
        if (activityDays < 1) {
            throw new IllegalArgumentException("A mobility lasts at least one day: " + activityDays);
        }
        if (distanceKm != null && distanceKm < 0) {
            throw new IllegalArgumentException("A distance is not negative: " + distanceKm);
        }
    }

    /** The request of a mobility as it stands now: its dates, places, type and flags. */
    public static GrantRequest of(Mobility mobility) {
        GeoPoint from = mobility.getSendingSchool().getLocation();
        GeoPoint to = mobility.getHost().getLocation();
        Integer km = from == null || to == null ? null : GreatCircle.wholeKilometres(from, to);
        return new GrantRequest(mobility.getStartDate().getYear(), km, mobility.getHost().getCountry().getGroup(),
                ParticipantKind.of(mobility.getType()), mobility.getDays(), mobility.isGreenTravel(),
                mobility.isInclusionSupport());
    }
}
