package eu.cginternational.it.services;

import eu.cginternational.domain.account.AccountRequest;
import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.PasswordResetToken;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.audit.AuditEvent;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.guidance.ActionPlan;
import eu.cginternational.domain.guidance.GuidanceSession;
import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mail.OutboxStatus;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.notification.NotificationKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * A student with a record of every kind an anonymisation forgets, erases or keeps, and what is left of each afterwards;
 * made and read directly, without the rules of the services.
 */
@Stateless
@PermitAll
public class AnonymisationTestData {

    static final String ADDRESS = "203.0.113.7";
    static final String REPORT = "Three weeks in the kitchen of Hotel Mundus, with my friend Besa.";
    static final String MOTIVATION = "I dream of cooking in Spain, like my uncle in Valencia.";
    static final String NOTES = "Worried about money at home; talked about the grant.";
    static final String GOALS = "Work abroad for a year after school.";

    private static final String KPT = "Kolegji Profesional i Tiranës";
    private static final String MINISTRY_AL = "Ministria e Arsimit dhe Sportit";

    @PersistenceContext
    EntityManager em;

    @EJB
    TestData data;

    /** The ids of a student's records, as the test made them. */
    public record Student(long id, long version, String username, String email, String fullName, long mobility,
            long plan, long session, long application, long ownNotification, long othersNotification,
            long othersEmail, long ownEmail, long request, long ownEvent, long eventAboutThem) {
    }

    /** A deactivated student of KPT with one record of each kind; the mobility has ended, its report is in, it is not completed yet. */
    public Student deactivatedStudentWithRecords() {
        UserAccount student = data.newAccount(Role.STUDENT, KPT);
        UserAccount teacher = data.newAccount(Role.TEACHER, KPT);
        UserAccount schoolAdmin = data.newAccount(Role.SCHOOL_ADMIN, KPT);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();

        Mobility mobility = new Mobility(student, MobilityType.LEARNER_SHORT_TERM, student.getInstitution(),
                data.institution("Mundus"), today.minusDays(25), today.minusDays(5), teacher);
        mobility.act(MobilityAction.SUBMIT, teacher, null, now);
        mobility.act(MobilityAction.APPROVE, schoolAdmin, null, now);
        mobility.act(MobilityAction.APPROVE, data.newAccount(Role.MINISTRY_ADMIN, MINISTRY_AL), null, now);
        mobility.startOn(today, now);
        mobility.report(REPORT, now);
        em.persist(mobility);

        ActionPlan plan = new ActionPlan(student);
        plan.setGoals(GOALS);
        plan.plan("Write a CV in English", today.plusDays(30));
        em.persist(plan);
        GuidanceSession session = new GuidanceSession(student, teacher, today, "Careers abroad", NOTES, true);
        em.persist(session);
        OpportunityApplication application = new OpportunityApplication(openOpportunityAbroad(today), student,
                MOTIVATION, today, now);
        em.persist(application);

        Notification own = new Notification(student, NotificationKind.INFORMATION, "Your mobility application was approved",
                "Mobility to Valencia.", "/notifications.xhtml", now);
        em.persist(own);
        Notification others = new Notification(schoolAdmin, NotificationKind.INFORMATION, "A mobility waits for your decision",
                student.getFullName() + " of KPT applies for a mobility to Valencia.", "/notifications.xhtml", now);
        em.persist(others);
        OutboxMessage othersEmail = new OutboxMessage(schoolAdmin.getEmail(), "A mobility waits for your decision",
                student.getFullName() + " of KPT applies for a mobility to Valencia.");
        // Failed once and due again later, so that the outbox's own runs leave it to the test: sent, it keeps no body.
        othersEmail.markAttemptFailed("421 Try again later", now);
        em.persist(othersEmail);
        OutboxMessage ownEmail = new OutboxMessage(student.getEmail(), "Your mobility application was approved", "Valencia");
        em.persist(ownEmail);
        em.persist(new PasswordResetToken(TestData.unique("hash"), student, now, Duration.ofHours(1)));
        AccountRequest request = new AccountRequest(TestData.unique("second"), student.getEmail(), student.getFullName(),
                Role.STUDENT, student.getInstitution(), Language.EN);
        em.persist(request);

        AuditEvent ownEvent = new AuditEvent(now, AuditEventType.LOGIN_SUCCEEDED, student.getUsername(),
                student.getUsername(), ADDRESS, null);
        em.persist(ownEvent);
        AuditEvent eventAboutThem = new AuditEvent(now, AuditEventType.USER_UPDATED, "coordinator", student.getUsername(),
                "198.51.100.1", "name was " + student.getFullName());
        em.persist(eventAboutThem);

        student.deactivate();
        em.flush();
        return new Student(student.getId(), student.getVersion(), student.getUsername(), student.getEmail(),
                student.getFullName(), mobility.getId(), plan.getId(), session.getId(), application.getId(), own.getId(),
                others.getId(), othersEmail.getId(), ownEmail.getId(), request.getId(), ownEvent.getId(),
                eventAboutThem.getId());
    }

    /** A deactivated student, and a notice and an e-mail to their school's administrator that name them at full length. */
    public record Named(long id, long version, long notification, long email) {
    }

    /**
     * A deactivated student of KPT with the name given, which a notice and an e-mail to the school's administrator quote
     * at their columns' length, as a notice quoting a long comment is shortened to its column.
     */
    public Named deactivatedStudentNamedInMessagesAtTheirLength(String name) {
        UserAccount student = data.newAccount(Role.STUDENT, KPT, name);
        UserAccount schoolAdmin = data.newAccount(Role.SCHOOL_ADMIN, KPT);
        Instant now = Instant.now();
        Notification notice = new Notification(schoolAdmin, NotificationKind.INFORMATION,
                name + ": " + "t".repeat(Notification.TITLE_MAXLENGTH),
                name + " withdrew it: " + "c".repeat(Notification.TEXT_MAXLENGTH), "/notifications.xhtml", now);
        em.persist(notice);
        OutboxMessage email = new OutboxMessage(schoolAdmin.getEmail(),
                name + ": " + "s".repeat(OutboxMessage.SUBJECT_MAXLENGTH), name + " withdrew it.");
        // Failed once and due again later, so that the outbox's own runs leave it to the test.
        email.markAttemptFailed("421 Try again later", now);
        em.persist(email);
        student.deactivate();
        em.flush();
        return new Named(student.getId(), student.getVersion(), notice.getId(), email.getId());
    }

    public String notificationText(long id) {
        return em.find(Notification.class, id).getText();
    }

    public String notificationTitle(long id) {
        return em.find(Notification.class, id).getTitle();
    }

    public String emailSubject(long id) {
        return em.find(OutboxMessage.class, id).getSubject();
    }

    /** Another person's request for an account, pending, for the username given. */
    public long othersRequestFor(String username) {
        AccountRequest request = new AccountRequest(username, TestData.unique("other") + "@test.example",
                "Another Person", Role.STUDENT, data.institution(KPT), Language.EN);
        em.persist(request);
        em.flush();
        return request.getId();
    }

    /**
     * An entry that a visitor's request left about the person, as a password reset or a request for an account leaves
     * it: no actor, the target as the visitor typed it and the visitor's network address.
     */
    public long visitorEventAbout(AuditEventType type, String typedTarget) {
        AuditEvent event = new AuditEvent(Instant.now(), type, null, typedTarget, ADDRESS, null);
        em.persist(event);
        em.flush();
        return event.getId();
    }

    /**
     * An e-mail to the address that failed for good and was sent again, with the entry the coordinator's resend left
     * before the log stopped keeping the mail server's error, which quotes the address; returns the entry's id.
     */
    public long emailSentAgainWithItsErrorLogged(String recipient) {
        OutboxMessage email = data.email(recipient, OutboxStatus.FAILED, Instant.now());
        AuditEvent event = new AuditEvent(Instant.now(), AuditEventType.EMAIL_SENT_AGAIN, "coordinator",
                "e-mail " + email.getId(), "198.51.100.1", "after 8 attempts, the last failed with: " + email.getLastError());
        em.persist(event);
        em.flush();
        return event.getId();
    }

    public AuditEvent event(long id) {
        return em.find(AuditEvent.class, id);
    }

    /** The entries whose target is the text in any case. */
    public List<AuditEvent> eventsAbout(String target) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE LOWER(e.target) = LOWER(:target)", AuditEvent.class)
                .setParameter("target", target).getResultList();
    }

    /** The details of the audit log, of any event, that contain the text in any case. */
    public List<String> detailsMentioning(String text) {
        return em.createQuery("SELECT e.detail FROM AuditEvent e WHERE LOCATE(LOWER(:text), LOWER(e.detail)) > 0",
                        String.class)
                .setParameter("text", text).getResultList();
    }

    /** Another student with the same name as the account. */
    public void namesakeOf(long accountId) {
        UserAccount person = em.find(UserAccount.class, accountId);
        String username = TestData.unique("namesake");
        em.persist(new UserAccount(username, username + "@test.example", person.getFullName(), person.getInstitution(),
                Set.of(Role.STUDENT), Language.EN, person.getPasswordHash()));
    }

    private Opportunity openOpportunityAbroad(LocalDate today) {
        return em.createQuery("SELECT o FROM Opportunity o", Opportunity.class).getResultStream()
                .filter(o -> o.isOpenOn(today) && !"AL".equals(o.getHost().getCountryCode()))
                .findFirst().orElseThrow(() -> new AssertionError("the demo data has an open opportunity outside Albania"));
    }

    /**
     * Sends the e-mail as the outbox does (OutboxSender.deliver): locks it, says when it holds it, waits for the mail
     * server to answer, marks it sent.
     */
    public void send(long messageId, CountDownLatch holding, CountDownLatch mailServerAnswers) throws InterruptedException {
        OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        holding.countDown();
        mailServerAnswers.await();
        message.markSent(Instant.now());
    }

    /** A teacher's change to the guidance session, written and not yet committed until told. */
    public void sessionBeingEdited(long sessionId, CountDownLatch written, CountDownLatch committed)
            throws InterruptedException {
        em.createNativeQuery("UPDATE guidance_session SET topics = topics WHERE id = ?1").setParameter(1, sessionId)
                .executeUpdate();
        written.countDown();
        committed.await();
    }

    public OutboxStatus emailStatus(long messageId) {
        return em.find(OutboxMessage.class, messageId).getStatus();
    }

    /** What is left of the student's records: each text as it stands now, or null for a record that is gone. */
    public record Left(String username, String fullName, String email, boolean active, String mobilityParticipant,
            String report, Instant reportSubmittedAt, int mobilitySteps, boolean planKept, String sessionNotes,
            String sessionTopics, String motivation, String applicationStatus, boolean ownNotificationKept,
            String othersNotificationText, boolean ownEmailKept, String othersEmailBody, boolean resetTokensKept,
            boolean requestKept, String ownEventActor, String ownEventTarget, String ownEventAddress,
            String eventAboutThemTarget, String eventAboutThemDetail, String eventAboutThemAddress) {
    }

    public Left left(Student s) {
        UserAccount account = em.find(UserAccount.class, s.id());
        Mobility mobility = em.find(Mobility.class, s.mobility());
        GuidanceSession session = em.find(GuidanceSession.class, s.session());
        OpportunityApplication application = em.find(OpportunityApplication.class, s.application());
        Notification others = em.find(Notification.class, s.othersNotification());
        OutboxMessage othersEmail = em.find(OutboxMessage.class, s.othersEmail());
        AuditEvent ownEvent = em.find(AuditEvent.class, s.ownEvent());
        AuditEvent aboutThem = em.find(AuditEvent.class, s.eventAboutThem());
        long tokens = em.createQuery("SELECT COUNT(t) FROM PasswordResetToken t WHERE t.account = :account", Long.class)
                .setParameter("account", account).getSingleResult();
        return new Left(account.getUsername(), account.getFullName(), account.getEmail(), account.isActive(),
                mobility.getParticipant().getFullName(), mobility.getReport(), mobility.getReportSubmittedAt(),
                mobility.getHistory().size(), em.find(ActionPlan.class, s.plan()) != null, session.getNotes(),
                session.getTopics(), application.getMotivation(), application.getStatus().name(),
                em.find(Notification.class, s.ownNotification()) != null, others.getText(),
                em.find(OutboxMessage.class, s.ownEmail()) != null, othersEmail.getBody(), tokens > 0,
                em.find(AccountRequest.class, s.request()) != null, ownEvent.getActor(), ownEvent.getTarget(),
                ownEvent.getClientAddress(), aboutThem.getTarget(), aboutThem.getDetail(), aboutThem.getClientAddress());
    }
}
