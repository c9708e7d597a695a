package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.grant.RateTable;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** Test data of the grant estimate: mobilities with their travel and inclusion choices, and test-only rate tables. */
@Stateless
@PermitAll
public class GrantTestData {

    @PersistenceContext
    EntityManager em;

    @EJB
    TestData data;

    /** A draft learner mobility of a new student of the school to the host, from the day given, of their own. */
    public Mobility learnerMobility(String schoolName, String hostName, LocalDate start, int days, boolean green,
            boolean fewerOpportunities) {
        UserAccount student = data.newAccount(Role.STUDENT, schoolName);
        Mobility mobility = new Mobility(student, MobilityType.LEARNER_SHORT_TERM, student.getInstitution(),
                data.institution(hostName), start, start.plusDays(days - 1L), student);
        mobility.planSupport(green, fewerOpportunities);
        em.persist(mobility);
        return mobility;
    }

    /** Removes the table of a year that only tests use, so that every run starts without it. */
    public void removeRateTable(int year) {
        em.createNamedQuery("RateTable.byYear", RateTable.class).setParameter("year", year)
                .getResultStream().forEach(em::remove);
    }

    public long auditEvents(AuditEventType type, String target) {
        return data.auditEvents(type, target);
    }
}
