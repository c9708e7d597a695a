package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementTerms;
import eu.cginternational.domain.agreement.ApplicationStatus;
import eu.cginternational.domain.agreement.NamedSigner;
import eu.cginternational.domain.agreement.PlacementCommitment;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.signing.SignedDocument;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/** Reads agreements, placements and notices directly, with the lazy parts a test asserts on. */
@Stateless
@PermitAll
public class AgreementTestData {

    @PersistenceContext
    EntityManager em;

    public Agreement agreement(long id) {
        Agreement agreement = em.find(Agreement.class, id);
        em.refresh(agreement);
        agreement.getInvolved().size();
        agreement.getInvolvedCountries().size();
        agreement.getEvents().size();
        agreement.getVersions().forEach(v -> {
            v.getParties().size();
            v.getSigners().forEach(s -> s.getAccount().getUsername());
            v.getPlacements().size();
        });
        return agreement;
    }

    public UserAccount account(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
    }

    /** Gives the account these roles, as a coordinator changing it would. */
    public void roles(String username, Set<Role> roles) {
        UserAccount account = account(username);
        account.describe(account.getEmail(), account.getFullName(), account.getInstitution(), roles, account.getLanguage());
    }

    /** Moves the account to the institution with the id, with the roles it has, as a coordinator changing it would. */
    public void moveTo(String username, long institutionId) {
        UserAccount account = account(username);
        account.describe(account.getEmail(), account.getFullName(), em.find(Institution.class, institutionId),
                account.getRoles(), account.getLanguage());
    }

    /** An open placement of the demo data by its occupation code. */
    public Opportunity openPlacement(String isco) {
        return em.createQuery("SELECT o FROM Opportunity o WHERE o.iscoCode = :isco ORDER BY o.id", Opportunity.class)
                .setParameter("isco", isco)
                .setMaxResults(1)
                .getSingleResult();
    }

    public OpportunityApplication application(long id) {
        OpportunityApplication application = em.find(OpportunityApplication.class, id);
        em.refresh(application);
        return application;
    }

    /** The titles of the notices a person got about a path in the app. */
    public List<String> noticesAbout(String username, String link) {
        return notificationsAbout(username, link).stream().map(Notification::getTitle).toList();
    }

    /** The notices a person got about a path in the app, the oldest first. */
    public List<Notification> notificationsAbout(String username, String link) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient.username = :username AND n.link = :link"
                        + " ORDER BY n.id", Notification.class)
                .setParameter("username", username)
                .setParameter("link", link)
                .getResultList();
    }

    /** The applications to a placement, as stored now. */
    public List<OpportunityApplication> applicationsTo(long opportunityId) {
        return em.createQuery("SELECT a FROM OpportunityApplication a WHERE a.opportunity.id = :id ORDER BY a.id",
                        OpportunityApplication.class)
                .setParameter("id", opportunityId)
                .getResultList();
    }

    public Opportunity opportunity(long id) {
        Opportunity opportunity = em.find(Opportunity.class, id);
        em.refresh(opportunity);
        return opportunity;
    }

    /** Moves the first day of a placement, as the days passing would: published ahead, it has begun by then. */
    public void placementBegins(long id, LocalDate on) {
        em.createQuery("UPDATE Opportunity o SET o.startDate = :on WHERE o.id = :id")
                .setParameter("on", on)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Forgets the applications waiting at the person's school, so that a test knows what waits there. */
    public void removeWaitingApplicationsAt(String username) {
        em.createQuery("SELECT a FROM OpportunityApplication a WHERE a.student.institution = :school"
                        + " AND a.status = :pending", OpportunityApplication.class)
                .setParameter("school", account(username).getInstitution())
                .setParameter("pending", ApplicationStatus.PENDING)
                .getResultList()
                .forEach(em::remove);
    }

    /**
     * An agreement of school.kpt with Costa Azul whose first version is in force for the period given and
     * whose amendment is being written: made directly, as the signing engine and the calendar left it.
     */
    public long inForceWithAnAmendment(LocalDate start, LocalDate end) {
        Agreement agreement = inForce(account("school.kpt"), account("partner.es"), start, end, "Amended");
        agreement.amend(account("partner.es"), "Longer", Instant.now());
        em.flush();
        return agreement.getId();
    }

    /**
     * Takes the rows a signature of the agreement's document takes, in its order: the document's, then, once somebody
     * else waits for that row, the agreement's. Starts what should run meanwhile right after the first; returns when
     * both rows are held, so that the rows are let go when this transaction ends.
     */
    public <T> Future<T> signingWhile(long documentId, long agreementId, Callable<Future<T>> meanwhile) throws Exception {
        em.find(SignedDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        Future<T> started = meanwhile.call();
        awaitWaitingFor("SIGNED_DOCUMENT");
        em.find(Agreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
        return started;
    }

    /** Waits, ten seconds at most, until a transaction waits for a row of the table (Derby's lock table tells). */
    private void awaitWaitingFor(String table) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Number waiting = (Number) em.createNativeQuery(
                            "SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE STATE = 'WAIT' AND TABLENAME = ?")
                    .setParameter(1, table).getSingleResult();
            if (waiting.intValue() > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("Nobody waited for a row of " + table);
    }

    /** An agreement of the director's school with partner.es, signed by both and in force from start to end. */
    public long inForceSignedBy(String director, LocalDate start, LocalDate end) {
        return inForce(account(director), account("partner.es"), start, end, "In force").getId();
    }

    /** An agreement of the director's school with the partner's company, signed by both and in force from start to end. */
    public long inForceSignedBy(String director, String partner, LocalDate start, LocalDate end) {
        return inForce(account(director), account(partner), start, end, "In force").getId();
    }

    /** A new company in the country, with a unique name and nobody on the platform yet. */
    public Institution newCompany(String countryCode) {
        Institution company = new Institution(TestData.unique("Test company"), InstitutionType.COMPANY,
                em.find(Country.class, countryCode), "Test city", new GeoPoint(39.47, -0.38));
        em.persist(company);
        return company;
    }

    private Agreement inForce(UserAccount director, UserAccount partner, LocalDate start, LocalDate end, String title) {
        Instant now = Instant.now();
        AgreementTerms terms = new AgreementTerms(Language.EN, "Kitchen placements.", start, end,
                List.of(new PlacementCommitment("5120", "Cooks", 1)), 1, null, null, null, null, List.of());
        Agreement agreement = new Agreement(TestData.unique(title), director, List.of(partner.getInstitution()), terms,
                List.of(new NamedSigner(partner), new NamedSigner(director)), now);
        agreement.send(director, now);
        agreement.signed(partner, false, now);
        agreement.signed(director, true, now);
        em.persist(agreement);
        em.flush();
        return agreement;
    }

    /** Forgets an application, so that a test can apply again to a demo placement. */
    public void removeApplications(String username) {
        em.createQuery("DELETE FROM OpportunityApplication a WHERE a.student.username = :username")
                .setParameter("username", username)
                .executeUpdate();
    }
}
