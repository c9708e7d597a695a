package eu.cginternational.service.guidance;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.ApplicationStatus;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.guidance.IndicatorRow.Area;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The policy indicators for ministries (their own country) and coordinators (all): each area is one
 * aggregate query in the database, grouped by country and school, so no person's record leaves it.
 * Counts below five are published as "&lt;5" ({@link IndicatorRow#shown()}). No totals are given
 * next to suppressed cells, and the three mobility areas, which break down the same mobilities of a
 * school, hide more cells where needed ({@link ComplementarySuppression}), so that a suppressed count
 * cannot be recovered by subtraction.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN})
public class PolicyIndicators {

    /** Mobilities that were decided and went or go ahead. */
    static final Set<MobilityStatus> COUNTED_MOBILITIES = EnumSet.of(MobilityStatus.MINISTRY_APPROVED,
            MobilityStatus.IN_PROGRESS, MobilityStatus.COMPLETED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    /** Every area, for the caller's scope, ordered by area, country, school and breakdown. */
    public List<IndicatorRow> all() {
        String country = countryScope();
        List<IndicatorRow> rows = new ArrayList<>();
        rows.addAll(guidanceSessions(country));
        rows.addAll(studentsCounselled(country));
        rows.addAll(assessmentsCompleted(country));
        rows.addAll(mobilities(country));
        rows.addAll(placementsThroughPartnerships(country));
        rows.addAll(trainingsCompleted(country));
        return rows;
    }

    public List<IndicatorRow> area(Area area) {
        String country = countryScope();
        return switch (area) {
            case GUIDANCE_SESSIONS -> guidanceSessions(country);
            case STUDENTS_COUNSELLED -> studentsCounselled(country);
            case ASSESSMENTS_COMPLETED -> assessmentsCompleted(country);
            // Read together, so that one area hides the same cells as on the page that shows all three.
            case MOBILITIES_BY_DESTINATION, MOBILITIES_BY_TYPE, MOBILITIES_BY_OCCUPATION ->
                    mobilities(country).stream().filter(row -> row.area() == area).toList();
            case PLACEMENTS_THROUGH_PARTNERSHIPS -> placementsThroughPartnerships(country);
            case TRAININGS_COMPLETED -> trainingsCompleted(country);
        };
    }

    private List<IndicatorRow> guidanceSessions(String country) {
        return rows(Area.GUIDANCE_SESSIONS, "SELECT s.school.country.code, s.school.id, s.school.name, COUNT(s)"
                + " FROM GuidanceSession s" + where("s.school", country) + bySchool("s.school"), country);
    }

    private List<IndicatorRow> studentsCounselled(String country) {
        return rows(Area.STUDENTS_COUNSELLED, "SELECT s.school.country.code, s.school.id, s.school.name,"
                + " COUNT(DISTINCT s.student) FROM GuidanceSession s" + where("s.school", country)
                + bySchool("s.school"), country);
    }

    /** Interest self-assessments completed, counted for the school of the student. */
    private List<IndicatorRow> assessmentsCompleted(String country) {
        return rows(Area.ASSESSMENTS_COMPLETED, "SELECT i.country.code, i.id, i.name, COUNT(a)"
                + " FROM InterestAssessment a JOIN a.student s JOIN s.institution i"
                + (country == null ? "" : " WHERE i.country.code = :country") + bySchool("i"), country);
    }

    /** The three mobility areas, by destination, type and occupation, each cell hidden that would give away a small one. */
    private List<IndicatorRow> mobilities(String country) {
        List<IndicatorRow> rows = new ArrayList<>(mobilitiesByDestination(country));
        rows.addAll(mobilitiesByType(country));
        rows.addAll(mobilitiesByOccupation(country));
        return ComplementarySuppression.protect(rows);
    }

    private List<IndicatorRow> mobilitiesByDestination(String country) {
        return mobilityRows(Area.MOBILITIES_BY_DESTINATION, "m.host.country.code", country);
    }

    private List<IndicatorRow> mobilitiesByType(String country) {
        return mobilityRows(Area.MOBILITIES_BY_TYPE, "m.type", country);
    }

    /**
     * By the occupation the placement trains for and the destination country; mobilities that name no
     * occupation are one group of their own (a null breakdown), so the area adds up to the other two.
     */
    private List<IndicatorRow> mobilitiesByOccupation(String country) {
        return mobilityRows(Area.MOBILITIES_BY_OCCUPATION, "m.iscoCode, m.host.country.code", country);
    }

    /** Placements of the opportunities board that a school accepted, counted for the school of the student. */
    private List<IndicatorRow> placementsThroughPartnerships(String country) {
        TypedQuery<Object[]> query = em.createQuery("SELECT i.country.code, i.id, i.name, COUNT(a)"
                + " FROM OpportunityApplication a JOIN a.student s JOIN s.institution i WHERE a.status = :accepted"
                + (country == null ? "" : " AND i.country.code = :country") + bySchool("i"), Object[].class)
                .setParameter("accepted", ApplicationStatus.ACCEPTED);
        return toRows(Area.PLACEMENTS_THROUGH_PARTNERSHIPS, query, country);
    }

    /** Trainings completed by teachers and counsellors (attendance or a self-paced module), counted for their school. */
    private List<IndicatorRow> trainingsCompleted(String country) {
        return rows(Area.TRAININGS_COMPLETED, "SELECT i.country.code, i.id, i.name, COUNT(r)"
                + " FROM Registration r JOIN r.participant p JOIN p.institution i WHERE r.completedAt IS NOT NULL"
                + (country == null ? "" : " AND i.country.code = :country") + bySchool("i"), country);
    }

    private List<IndicatorRow> mobilityRows(Area area, String breakdown, String country) {
        TypedQuery<Object[]> query = em.createQuery("SELECT m.sendingSchool.country.code, m.sendingSchool.id,"
                + " m.sendingSchool.name, " + breakdown + ", COUNT(m) FROM Mobility m WHERE m.status IN :statuses"
                + (country == null ? "" : " AND m.sendingSchool.country.code = :country")
                + bySchool("m.sendingSchool", breakdown), Object[].class)
                .setParameter("statuses", COUNTED_MOBILITIES);
        return toRows(area, query, country);
    }

    private List<IndicatorRow> rows(Area area, String jpql, String country) {
        return toRows(area, em.createQuery(jpql, Object[].class), country);
    }

    /**
     * A row is one school, its id, whatever its name says: the name is only shown (grouped as well because it is
     * selected). Ordered by country and name, then id.
     */
    private static String bySchool(String school, String... breakdown) {
        String columns = school + ".country.code, " + school + ".name, " + school + ".id"
                + Arrays.stream(breakdown).map(column -> ", " + column).collect(Collectors.joining());
        return " GROUP BY " + columns + " ORDER BY " + columns;
    }

    // The country is a condition only for a ministry: a parameter in "? IS NULL" is refused by Derby.
    private static String where(String school, String country) {
        return country == null ? "" : " WHERE " + school + ".country.code = :country";
    }

    private static List<IndicatorRow> toRows(Area area, TypedQuery<Object[]> query, String country) {
        if (country != null) {
            query.setParameter("country", country);
        }
        return query.getResultStream()
                .map(r -> switch (r.length) {
                    case 4 -> new IndicatorRow(area, (String) r[0], (Long) r[1], (String) r[2], null,
                            ((Number) r[3]).longValue());
                    case 5 -> new IndicatorRow(area, (String) r[0], (Long) r[1], (String) r[2], String.valueOf(r[3]),
                            ((Number) r[4]).longValue());
                    default -> new IndicatorRow(area, (String) r[0], (Long) r[1], (String) r[2], (String) r[3],
                            (String) r[4], ((Number) r[5]).longValue());
                })
                .toList();
    }

    /** Null for coordinators (every country), the ministry's own country otherwise. */
    private String countryScope() {
        UserAccount caller = callers.getCurrent();
        if (caller.hasRole(Role.COORDINATOR)) {
            return null;
        }
        return caller.getInstitution().getCountry().getCode();
    }
}
