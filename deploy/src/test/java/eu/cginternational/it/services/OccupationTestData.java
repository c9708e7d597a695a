package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Mobilities that name an occupation, of schools made for one test, so that the counts of the
 * indicators by occupation start from zero whatever earlier runs left in the database.
 */
@Stateless
@PermitAll
public class OccupationTestData {

    @PersistenceContext
    EntityManager em;

    @EJB
    TestData data;

    /** A new vocational school in the country, with a unique name. */
    public Institution newSchool(String countryCode) {
        Institution school = new Institution(TestData.unique("Test VET school"), InstitutionType.VET_SCHOOL,
                em.find(Country.class, countryCode), "Test city", new GeoPoint(41.33, 19.82));
        em.persist(school);
        return school;
    }

    /** Short-term learner mobilities, as {@link #mobilities(String, MobilityType, String, String, int, String)}. */
    public void mobilities(String schoolName, String hostName, String iscoCode, int count, String ministryUsername) {
        mobilities(schoolName, MobilityType.LEARNER_SHORT_TERM, hostName, iscoCode, count, ministryUsername);
    }

    /**
     * Mobilities of the type, of new students (teachers for a staff type) of the school to the host, training for
     * the occupation (none when null): submitted by a new teacher and, when a ministry account is given, approved
     * by a new administrator of the school and then by that ministry.
     */
    public void mobilities(String schoolName, MobilityType type, String hostName, String iscoCode, int count,
            String ministryUsername) {
        UserAccount teacher = data.newAccount(Role.TEACHER, schoolName);
        UserAccount schoolAdmin = data.newAccount(Role.SCHOOL_ADMIN, schoolName);
        UserAccount ministry = ministryUsername == null ? null : data.account(ministryUsername);
        Institution host = data.institution(hostName);
        LocalDate start = LocalDate.now().plusMonths(3);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            UserAccount participant = data.newAccount(type.isForLearners() ? Role.STUDENT : Role.TEACHER, schoolName);
            Mobility mobility = new Mobility(participant, type, participant.getInstitution(), host,
                    start, start.plusDays(20), teacher);
            mobility.trainFor(iscoCode);
            mobility.act(MobilityAction.SUBMIT, teacher, null, now);
            if (ministry != null) {
                mobility.act(MobilityAction.APPROVE, schoolAdmin, null, now);
                mobility.act(MobilityAction.APPROVE, ministry, null, now);
            }
            em.persist(mobility);
        }
    }

    /**
     * A placement of the demo cooks' company under their agreement, for an occupation the catalogue
     * lacks (1411, hotel managers: the catalogue holds the occupations of vocational schools). One
     * seat, so that once accepted it is no longer open to anyone.
     */
    public Opportunity placementOutsideTheCatalogue() {
        Opportunity cooks = em.createQuery("SELECT o FROM Opportunity o WHERE o.iscoCode = '5120' ORDER BY o.id",
                Opportunity.class).setMaxResults(1).getSingleResult();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Opportunity placement = new Opportunity(cooks.getAgreement(), cooks.getPublishedBy(), "1411",
                "Hotel managers (assistant)", cooks.getCountry(), cooks.getCity(), today.plusDays(45), today.plusDays(90), 1,
                "en", "Assists the manager of the hotel with the rota, the budget and the guests' complaints.", today);
        em.persist(placement);
        return placement;
    }

    public long mobilitiesOf(long participantId) {
        return em.createQuery("SELECT COUNT(m) FROM Mobility m WHERE m.participant.id = :participant", Long.class)
                .setParameter("participant", participantId).getSingleResult();
    }
}
