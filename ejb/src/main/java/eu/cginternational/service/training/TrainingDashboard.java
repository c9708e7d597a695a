package eu.cginternational.service.training;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.service.account.CallerAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the trainings for those who steer them: seats filled, waiting lists, attendance
 * and completion rates, by country and school of the participants. Counted in the database with
 * grouped queries; a ministry sees the schools of its own country only, the coordinator all.
 */
@Stateless
public class TrainingDashboard {

    /** One school's figures; rates are 0 to 1, or null when there is nothing to count yet. */
    public record SchoolRow(String country, String school, long seats, long waiting, long marks, long present,
            long finishedSeats, long completed) implements Serializable {

        /** Present marks among all marks of the school's people. */
        public Double getAttendanceRate() {
            return marks == 0 ? null : (double) present / marks;
        }

        /**
         * Completed among the seats of closed trainings: a self-paced module, which never closes, has no share of
         * finished seats to count its completions in.
         */
        public Double getCompletionRate() {
            return finishedSeats == 0 ? null : (double) completed / finishedSeats;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    /** The figures by school, countries in order, for the coordinator (all) or a ministry (its own country). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN})
    public List<SchoolRow> bySchool() {
        UserAccount caller = callers.getCurrent();
        boolean ministry = !caller.hasRole(Role.COORDINATOR);
        String scope = ministry ? " WHERE i.country = :country" : "";
        List<Object[]> seats = query("SELECT i.id, c.code, i.name,"
                + " SUM(CASE WHEN r.status = :registered THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.status = :waitlisted THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.status = :registered AND t.closedAt IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.status = :registered AND t.closedAt IS NOT NULL AND r.completedAt IS NOT NULL THEN 1 ELSE 0 END)"
                + " FROM Registration r JOIN r.training t JOIN r.participant p JOIN p.institution i JOIN i.country c" + scope
                + " GROUP BY i.id, c.code, i.name ORDER BY c.code, i.name", ministry, caller, true);
        List<Object[]> marks = query("SELECT i.id, COUNT(a), SUM(CASE WHEN a.present = TRUE THEN 1 ELSE 0 END)"
                + " FROM Attendance a JOIN a.registration r JOIN r.participant p JOIN p.institution i" + scope
                + " GROUP BY i.id", ministry, caller, false);
        Map<Object, Object[]> marksBySchool = new LinkedHashMap<>();
        marks.forEach(row -> marksBySchool.put(row[0], row));
        List<SchoolRow> rows = new ArrayList<>();
        for (Object[] row : seats) {
            Object[] school = marksBySchool.getOrDefault(row[0], new Object[] {row[0], 0L, 0L});
            rows.add(new SchoolRow((String) row[1], (String) row[2], number(row[3]), number(row[4]), number(school[1]),
                    number(school[2]), number(row[5]), number(row[6])));
        }
        return rows;
    }

    /** The totals by country, summed from the schools' rows. */
    public static List<SchoolRow> byCountry(List<SchoolRow> schools) {
        Map<String, SchoolRow> countries = new LinkedHashMap<>();
        for (SchoolRow s : schools) {
            countries.merge(s.country(), s, (a, b) -> new SchoolRow(a.country(), null, a.seats() + b.seats(),
                    a.waiting() + b.waiting(), a.marks() + b.marks(), a.present() + b.present(),
                    a.finishedSeats() + b.finishedSeats(), a.completed() + b.completed()));
        }
        return countries.values().stream().map(c -> new SchoolRow(c.country(), null, c.seats(), c.waiting(), c.marks(),
                c.present(), c.finishedSeats(), c.completed())).toList();
    }

    private List<Object[]> query(String jpql, boolean ministry, UserAccount caller, boolean statuses) {
        var query = em.createQuery(jpql, Object[].class);
        if (ministry) {
            query.setParameter("country", caller.getInstitution().getCountry());
        }
        if (statuses) {
            query.setParameter("registered", RegistrationStatus.REGISTERED).setParameter("waitlisted", RegistrationStatus.WAITLISTED);
        }
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
