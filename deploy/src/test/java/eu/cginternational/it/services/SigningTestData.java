package eu.cginternational.it.services;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.learning.CefrLevel;
import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.learning.LearningAgreementContent;
import eu.cginternational.domain.learning.Recognition;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignatureMark;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignerRole;
import eu.cginternational.domain.signing.SignerSlot;
import eu.cginternational.service.signing.SignatureInput;
import eu.cginternational.service.signing.SigningConsent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;

/** Makes and reads signing test data directly, so that a test sets up its world without the rules it tests. */
@Stateless
@PermitAll
public class SigningTestData {

    public static final String DEMO_PASSWORD = "cg-demo-2026!";
    public static final String KPT = "Kolegji Profesional i Tiranës";
    public static final String COSTA_AZUL = "Costa Azul Hoteles S.L.";

    @PersistenceContext
    EntityManager em;

    /** A drawn signature as the signature pad sends it: a PNG data URL with a stroke of ink. */
    public static String drawnSignature() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(new Color(0x1a, 0x23, 0x7e));
        pen.setStroke(new BasicStroke(3));
        pen.drawLine(10, 80, 120, 20);
        pen.drawLine(120, 20, 280, 70);
        pen.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** What a demo account gives to sign, with the given password. */
    public static SignatureInput input(String typedName, String password) {
        return SignatureInput.of(password, typedName, drawnSignature(), SigningConsent.CURRENT_VERSION);
    }

    /** Unique PDF-like bytes, so that every test's document has its own hash. */
    public static byte[] uniquePdf() {
        return ("%PDF-1.4\n% test document " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The signer slots of the demo learning agreement walk: school.kpt, student.kpt, partner.es. */
    public List<SignerSlot> demoSigners() {
        Institution kpt = institution(KPT);
        return List.of(new SignerSlot(account("school.kpt"), SignerRole.SENDING_SCHOOL, kpt),
                new SignerSlot(account("student.kpt"), SignerRole.PARTICIPANT, kpt),
                new SignerSlot(account("partner.es"), SignerRole.HOST_ORGANISATION, institution(COSTA_AZUL)));
    }

    /** The document as stored, with signers and events loaded. */
    public SignedDocument document(long id) {
        SignedDocument document = em.find(SignedDocument.class, id);
        em.refresh(document);
        document.getSigners().forEach(s -> s.getAccount().getUsername());
        document.getEvents().size();
        return document;
    }

    /**
     * Does the action while this transaction holds the document's row, as a signature or a reminder takes it: whoever
     * takes it too waits until the action is done.
     */
    public <T> T whileLocked(long documentId, Callable<T> action) throws Exception {
        em.find(SignedDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        return action.call();
    }

    /** Changes a stored event behind the application's back, as someone with database access could. */
    public int tamperEventDetail(long documentId, int sequence, String detail) {
        return em.createNativeQuery("UPDATE signing_event SET detail = ? WHERE document_id = ? AND sequence_number = ?")
                .setParameter(1, detail).setParameter(2, documentId).setParameter(3, sequence).executeUpdate();
    }

    /** Replaces a document's stored PDF behind the application's back. */
    public int tamperPdf(long documentId, byte[] pdf) {
        return em.createNativeQuery("UPDATE signed_document SET pdf = ? WHERE id = ?")
                .setParameter(1, pdf).setParameter(2, documentId).executeUpdate();
    }

    /** Changes a document's stored status behind the application's back. */
    public int tamperStatus(long documentId, String status) {
        return em.createNativeQuery("UPDATE signed_document SET status = ? WHERE id = ?")
                .setParameter(1, status).setParameter(2, documentId).executeUpdate();
    }

    /** Changes a signer's stored status behind the application's back. */
    public int tamperSignerStatus(long documentId, int position, String status) {
        return em.createNativeQuery("UPDATE document_signer SET status = ? WHERE document_id = ? AND signing_order = ?")
                .setParameter(1, status).setParameter(2, documentId).setParameter(3, position).executeUpdate();
    }

    /** Changes the name a signer typed, as stored, behind the application's back. */
    public int tamperTypedName(long documentId, int position, String typedName) {
        return em.createNativeQuery("UPDATE document_signer SET typed_name = ? WHERE document_id = ? AND signing_order = ?")
                .setParameter(1, typedName).setParameter(2, documentId).setParameter(3, position).executeUpdate();
    }

    /** Removes a stored event behind the application's back. */
    public int deleteEvent(long documentId, int sequence) {
        return em.createNativeQuery("DELETE FROM signing_event WHERE document_id = ? AND sequence_number = ?")
                .setParameter(1, documentId).setParameter(2, sequence).executeUpdate();
    }

    /** The count of failed sign-ins of the account. */
    public int failedLogins(String username) {
        return account(username).getFailedLogins();
    }

    /** Clears the failures of a demo account after a test that gave a wrong password on purpose. */
    public void clearFailures(String username) {
        account(username).recordSuccessfulLogin(Instant.now());
    }

    /**
     * A learner mobility of student.kpt to Costa Azul (whose partner is partner.es), approved by
     * school and ministry from the given day, with version 1 of its learning agreement.
     */
    public Mobility approvedDemoMobility(LocalDate start) {
        Institution kpt = institution(KPT);
        UserAccount student = account("student.kpt");
        Mobility mobility = new Mobility(student, MobilityType.LEARNER_SHORT_TERM, kpt, institution(COSTA_AZUL),
                start, start.plusDays(20), account("teacher.kpt"));
        Instant now = Instant.now();
        mobility.act(MobilityAction.SUBMIT, account("teacher.kpt"), null, now);
        mobility.act(MobilityAction.APPROVE, account("school.kpt"), null, now);
        mobility.act(MobilityAction.APPROVE, account("ministry.al"), null, now);
        em.persist(mobility);
        em.persist(new LearningAgreement(mobility, content("Serves guests at the front desk."), account("teacher.kpt"), now));
        return mobility;
    }

    /**
     * A learner mobility of student.kpt to Costa Azul from the given day, submitted by teacher.kpt and
     * waiting for the school's decision, with version 1 of its learning agreement.
     */
    public Mobility submittedDemoMobility(LocalDate start) {
        Mobility mobility = new Mobility(account("student.kpt"), MobilityType.LEARNER_SHORT_TERM, institution(KPT),
                institution(COSTA_AZUL), start, start.plusDays(20), account("teacher.kpt"));
        Instant now = Instant.now();
        mobility.act(MobilityAction.SUBMIT, account("teacher.kpt"), null, now);
        em.persist(mobility);
        em.persist(new LearningAgreement(mobility, content("Serves guests at the front desk."), account("teacher.kpt"), now));
        return mobility;
    }

    /**
     * A job shadowing of teacher.kpt at Costa Azul from the given day, submitted by the teacher and waiting for the
     * school's decision, with version 1 of its learning agreement.
     */
    public Mobility submittedStaffMobility(LocalDate start) {
        Mobility mobility = new Mobility(account("teacher.kpt"), MobilityType.STAFF_JOB_SHADOWING, institution(KPT),
                institution(COSTA_AZUL), start, start.plusDays(9), account("teacher.kpt"));
        Instant now = Instant.now();
        mobility.act(MobilityAction.SUBMIT, account("teacher.kpt"), null, now);
        em.persist(mobility);
        em.persist(new LearningAgreement(mobility, content("Shadows the front office of the hotel."), account("teacher.kpt"),
                now));
        return mobility;
    }

    /** The ministry's final approval by ministry.al, taken here for tests of what comes after it. */
    public void approvedByTheMinistry(long mobilityId) {
        em.find(Mobility.class, mobilityId).act(MobilityAction.APPROVE, account("ministry.al"), null, Instant.now());
    }

    /**
     * Gives the mobility (approved, of any school and host) a learning agreement whose current
     * version is signed by all three, written straight into the register: for tests of what comes
     * after the signatures.
     */
    public void signedLearningAgreement(long mobilityId) {
        Mobility mobility = em.find(Mobility.class, mobilityId);
        Instant now = Instant.now();
        UserAccount admin = newAccount(Role.SCHOOL_ADMIN, mobility.getSendingSchool());
        // Signs for the host here only: written into the register directly, not found as the host's partner account.
        UserAccount host = newAccount(Role.TEACHER, mobility.getSendingSchool());
        LearningAgreement agreement = new LearningAgreement(mobility, content("Works in the kitchen."), admin, now);
        em.persist(agreement);
        em.flush();
        SignedDocument document = new SignedDocument(DocumentKind.LEARNING_AGREEMENT, agreement.getCurrent().getId(),
                "Learning agreement", "la.pdf", uniquePdf(),
                List.of(new SignerSlot(admin, SignerRole.SENDING_SCHOOL, mobility.getSendingSchool()),
                        new SignerSlot(mobility.getParticipant(), SignerRole.PARTICIPANT, mobility.getSendingSchool()),
                        new SignerSlot(host, SignerRole.HOST_ORGANISATION, mobility.getHost())),
                admin, now.plusMillis(1), null, null);
        byte[] png = Base64.getDecoder().decode(drawnSignature().substring("data:image/png;base64,".length()));
        for (UserAccount signer : List.of(admin, mobility.getParticipant(), host)) {
            document.sign(signer, new SignatureMark(signer.getFullName(), png, SigningConsent.CURRENT_VERSION, null, null,
                    document.getSha256()), now.plusMillis(2));
        }
        em.persist(document);
    }

    /**
     * A learner mobility of a new student of KPT, approved, with version 1 of its learning
     * agreement, to a new company that has no account on the platform.
     */
    public Mobility approvedMobilityToHostWithoutAccount(LocalDate start) {
        Institution kpt = institution(KPT);
        eu.cginternational.domain.institution.Country italy = em.find(eu.cginternational.domain.institution.Country.class, "IT");
        Institution company = new Institution("Officina " + UUID.randomUUID().toString().substring(0, 8),
                eu.cginternational.domain.institution.InstitutionType.COMPANY, italy, "Forlì",
                new eu.cginternational.domain.institution.GeoPoint(44.22, 12.04));
        em.persist(company);
        UserAccount student = newAccount(Role.STUDENT, kpt);
        Mobility mobility = new Mobility(student, MobilityType.LEARNER_SHORT_TERM, kpt, company, start, start.plusDays(20),
                account("teacher.kpt"));
        Instant now = Instant.now();
        mobility.act(MobilityAction.SUBMIT, account("teacher.kpt"), null, now);
        mobility.act(MobilityAction.APPROVE, account("school.kpt"), null, now);
        mobility.act(MobilityAction.APPROVE, account("ministry.al"), null, now);
        em.persist(mobility);
        em.persist(new LearningAgreement(mobility, content("Machines parts on a CNC lathe."), account("teacher.kpt"), now));
        return mobility;
    }

    /**
     * A learner mobility of student.kpt to Costa Azul from the given day, a draft nobody has submitted yet, with
     * version 1 of its learning agreement.
     */
    public Mobility draftDemoMobility(LocalDate start) {
        Mobility mobility = new Mobility(account("student.kpt"), MobilityType.LEARNER_SHORT_TERM, institution(KPT),
                institution(COSTA_AZUL), start, start.plusDays(20), account("teacher.kpt"));
        em.persist(mobility);
        em.persist(new LearningAgreement(mobility, content("Serves guests at the front desk."), account("teacher.kpt"),
                Instant.now()));
        return mobility;
    }

    /**
     * A learner mobility of student.kpt, a draft made by teacher.kpt with version 1 of its learning agreement, to a new
     * company in Italy that a coordinator has since described as a national agency: a host left from before hosts were
     * checked, which nobody can sign for.
     */
    public Mobility draftMobilityToHostNowAnAgency(LocalDate start) {
        eu.cginternational.domain.institution.Country italy = em.find(eu.cginternational.domain.institution.Country.class, "IT");
        Institution company = new Institution("Agenzia " + UUID.randomUUID().toString().substring(0, 8),
                eu.cginternational.domain.institution.InstitutionType.COMPANY, italy, "Firenze",
                new eu.cginternational.domain.institution.GeoPoint(43.77, 11.25));
        em.persist(company);
        Mobility mobility = new Mobility(account("student.kpt"), MobilityType.LEARNER_SHORT_TERM, institution(KPT), company,
                start, start.plusDays(20), account("teacher.kpt"));
        em.persist(mobility);
        em.persist(new LearningAgreement(mobility, content("Assists the office of a training provider."),
                account("teacher.kpt"), Instant.now()));
        company.describe(company.getName(), eu.cginternational.domain.institution.InstitutionType.NATIONAL_AGENCY, italy,
                company.getCity(), company.getLocation());
        return mobility;
    }

    /** Version 1 of a learning agreement for the mobility, written by teacher.kpt. */
    public void learningAgreement(long mobilityId) {
        em.persist(new LearningAgreement(em.find(Mobility.class, mobilityId), content("Shadows the workshop teachers."),
                account("teacher.kpt"), Instant.now()));
    }

    /**
     * Deactivates the school administrators of the school whom other tests made and whose username comes before
     * the demo account's, so that the demo account is the one who signs for the school as a host (the first by
     * username).
     */
    public void firstAdministratorOf(String schoolName, String username) {
        em.createQuery("SELECT u FROM UserAccount u WHERE u.institution = :school AND :role MEMBER OF u.roles"
                        + " AND u.active = TRUE AND u.username < :username", UserAccount.class)
                .setParameter("school", institution(schoolName))
                .setParameter("role", Role.SCHOOL_ADMIN)
                .setParameter("username", username)
                .getResultList()
                .forEach(UserAccount::deactivate);
    }

    public UserAccount account(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getSingleResult();
    }

    public Institution institution(String name) {
        return em.createQuery("SELECT i FROM Institution i WHERE i.name = :name", Institution.class)
                .setParameter("name", name).getSingleResult();
    }

    private UserAccount newAccount(Role role, Institution institution) {
        String username = TestData.unique(role.name().toLowerCase().replace('_', '-'));
        UserAccount account = new UserAccount(username, username + "@test.example", "Test " + username,
                institution, Set.of(role), Language.EN, "not-a-hash");
        em.persist(account);
        return account;
    }

    private static LearningAgreementContent content(String outcomes) {
        return new LearningAgreementContent(outcomes, "Welcomes guests, checks them in and out, answers questions.", 35,
                new LearningAgreementContent.Mentor("Lucía Pérez", "Front office manager", "lucia.perez@example.es"),
                "A weekly talk with the mentor and a logbook.", "The mentor assesses the tasks with the school's grid.",
                Recognition.EUROPASS_MOBILITY, null, "es", CefrLevel.A2);
    }
}
