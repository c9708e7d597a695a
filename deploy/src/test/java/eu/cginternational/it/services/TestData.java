package eu.cginternational.it.services;

import eu.cginternational.domain.account.AccountRequest;
import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.PasswordResetToken;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.guidance.ActionPlan;
import eu.cginternational.domain.guidance.PlannedAction;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mail.OutboxStatus;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.notification.NotificationKind;
import eu.cginternational.domain.policy.Publication;
import eu.cginternational.domain.policy.PublicationKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import eu.cginternational.service.account.Passwords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Makes and reads test data directly, so that a test sets up its world without the rules it tests. */
@Stateless
@PermitAll
public class TestData {

    public static final String PASSWORD = "a-long-test-passphrase-2026";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource(lookup = "jdbc/cg")
    DataSource database;

    @Inject
    Passwords passwords;

    /** A unique lower-case name with the given prefix. */
    public static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    public UserAccount newAccount(Role role, String schoolName) {
        return newAccount(role, institution(schoolName), passwords.hash(PASSWORD.toCharArray()));
    }

    /** New accounts of the role at the school, in one transaction, with one hash of the password for all. */
    public List<UserAccount> newAccounts(Role role, String schoolName, int count) {
        Institution school = institution(schoolName);
        String passwordHash = passwords.hash(PASSWORD.toCharArray());
        List<UserAccount> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            accounts.add(newAccount(role, school, passwordHash));
        }
        return accounts;
    }

    /** A new account of the role at the school, with the full name given. */
    public UserAccount newAccount(Role role, String schoolName, String fullName) {
        return newAccount(role, institution(schoolName), passwords.hash(PASSWORD.toCharArray()), fullName);
    }

    private UserAccount newAccount(Role role, Institution institution, String passwordHash) {
        return newAccount(role, institution, passwordHash, null);
    }

    private UserAccount newAccount(Role role, Institution institution, String passwordHash, String fullName) {
        String username = unique(role.name().toLowerCase().replace('_', '-'));
        UserAccount account = new UserAccount(username, username + "@test.example", fullName == null ? "Test " + username : fullName,
                institution, Set.of(role), Language.EN, passwordHash);
        em.persist(account);
        return account;
    }

    /** Submitted learner mobilities of the school, each of its own new student, all submitted by one new teacher. */
    public void submittedMobilities(String schoolName, int count, LocalDate start) {
        Institution school = institution(schoolName);
        Institution host = institution("Mundus");
        String passwordHash = passwords.hash(PASSWORD.toCharArray());
        UserAccount teacher = newAccount(Role.TEACHER, school, passwordHash);
        for (int i = 0; i < count; i++) {
            UserAccount student = newAccount(Role.STUDENT, school, passwordHash);
            Mobility mobility = new Mobility(student, MobilityType.LEARNER_SHORT_TERM, school, host, start, start.plusDays(20),
                    teacher);
            mobility.act(MobilityAction.SUBMIT, teacher, null, Instant.now());
            em.persist(mobility);
        }
    }

    /** A learner mobility of a new student of the school, approved by the school and the ministry, from the given day. */
    public Mobility approvedMobility(String schoolName, String ministryName, LocalDate start) {
        UserAccount student = newAccount(Role.STUDENT, schoolName);
        UserAccount teacher = newAccount(Role.TEACHER, schoolName);
        UserAccount schoolAdmin = newAccount(Role.SCHOOL_ADMIN, schoolName);
        UserAccount ministry = newAccount(Role.MINISTRY_ADMIN, ministryName);
        Mobility mobility = new Mobility(student, MobilityType.LEARNER_SHORT_TERM, student.getInstitution(),
                institution("Mundus"), start, start.plusDays(20), teacher);
        Instant now = Instant.now();
        mobility.act(MobilityAction.SUBMIT, teacher, null, now);
        mobility.act(MobilityAction.APPROVE, schoolAdmin, null, now);
        mobility.act(MobilityAction.APPROVE, ministry, null, now);
        em.persist(mobility);
        return mobility;
    }

    /** A learner mobility of a new student of the school, submitted by a new teacher of the school. */
    public Mobility submittedMobility(String schoolName, LocalDate start) {
        UserAccount student = newAccount(Role.STUDENT, schoolName);
        UserAccount teacher = newAccount(Role.TEACHER, schoolName);
        Mobility mobility = new Mobility(student, MobilityType.LEARNER_SHORT_TERM, student.getInstitution(),
                institution("Mundus"), start, start.plusDays(20), teacher);
        mobility.act(MobilityAction.SUBMIT, teacher, null, Instant.now());
        em.persist(mobility);
        return mobility;
    }

    public Mobility mobility(long id) {
        Mobility mobility = em.find(Mobility.class, id);
        mobility.getHistory().size();
        return mobility;
    }

    public Institution institution(String name) {
        return em.createQuery("SELECT i FROM Institution i WHERE i.name = :name", Institution.class)
                .setParameter("name", name).getSingleResult();
    }

    /** The institution under a new name, committed as this transaction ends. */
    public void rename(String name, String newName) {
        Institution institution = institution(name);
        institution.describe(newName, institution.getType(), institution.getCountry(), institution.getCity(),
                institution.getLocation());
    }

    /** Empties the shared cache of accounts and institutions, as a restart of the server does. */
    public void accountsAndInstitutionsUncached() {
        em.getEntityManagerFactory().getCache().evict(UserAccount.class);
        em.getEntityManagerFactory().getCache().evict(Institution.class);
    }

    public UserAccount account(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getSingleResult();
    }

    public long accountsNamed(String username) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username = :username", Long.class)
                .setParameter("username", username).getSingleResult();
    }

    /** The requests for an account with this username: one while it waits, none once decided or never filed. */
    public List<AccountRequest> accountRequestsNamed(String username) {
        return em.createNamedQuery("AccountRequest.byUsername", AccountRequest.class)
                .setParameter("username", username).getResultList();
    }

    /** A teacher's request for an account at the school, filed at the given moment. */
    public AccountRequest accountRequest(String schoolName, Instant at) {
        String username = unique("requested");
        AccountRequest request = new AccountRequest(username, username + "@test.example", "Test " + username, Role.TEACHER,
                institution(schoolName), Language.EN);
        em.persist(request);
        em.flush();
        // the entity stamps its creation with the clock; the test's moment replaces it
        em.createQuery("UPDATE AccountRequest r SET r.createdAt = :at WHERE r.id = :id")
                .setParameter("at", at).setParameter("id", request.getId()).executeUpdate();
        return request;
    }

    /** As many teachers' requests for an account at the school, filed now. */
    public void accountRequests(Institution school, int count) {
        for (int i = 0; i < count; i++) {
            String username = unique("requested");
            em.persist(new AccountRequest(username, username + "@test.example", "Test " + username, Role.TEACHER, school,
                    Language.EN));
        }
    }

    public long institutionsNamed(String name) {
        return em.createQuery("SELECT COUNT(i) FROM Institution i WHERE i.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }

    public long auditEvents(AuditEventType type, String target) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.type = :type AND e.target = :target", Long.class)
                .setParameter("type", type).setParameter("target", target).getSingleResult();
    }

    /** The action plans of a student, oldest first, each as "school: goals", whichever school the student is at now. */
    public List<String> actionPlansOf(long studentId) {
        return em.createQuery("SELECT CONCAT(CONCAT(p.school.name, ': '), p.goals) FROM ActionPlan p"
                        + " WHERE p.student.id = :student ORDER BY p.createdAt, p.id", String.class)
                .setParameter("student", studentId).getResultList();
    }

    /**
     * An action the student's plan at their school got earlier, due on the day given, which may have passed since: made
     * here, without the rule that a due date given is not in the past. The plan is made if the student has none.
     */
    public PlannedAction actionPlannedEarlier(long studentId, String description, LocalDate dueOn) {
        UserAccount student = em.find(UserAccount.class, studentId);
        ActionPlan plan = em.createQuery("SELECT p FROM ActionPlan p WHERE p.student = :student AND p.school = :school",
                        ActionPlan.class)
                .setParameter("student", student).setParameter("school", student.getInstitution())
                .getResultStream().findFirst().orElseGet(() -> {
                    ActionPlan made = new ActionPlan(student);
                    em.persist(made);
                    return made;
                });
        PlannedAction action = plan.plan(description, dueOn);
        em.flush();
        return action;
    }

    /** The details of the audit entries of the type about the target, oldest first. */
    public List<String> auditDetails(AuditEventType type, String target) {
        return em.createQuery("SELECT e.detail FROM AuditEvent e WHERE e.type = :type AND e.target = :target ORDER BY e.id",
                        String.class)
                .setParameter("type", type).setParameter("target", target).getResultList();
    }

    /** The network addresses of the audit entries of the type about the target, oldest first. */
    public List<String> auditClientAddresses(AuditEventType type, String target) {
        return em.createQuery("SELECT e.clientAddress FROM AuditEvent e WHERE e.type = :type AND e.target = :target"
                        + " ORDER BY e.id", String.class)
                .setParameter("type", type).setParameter("target", target).getResultList();
    }

    /**
     * Does what mails the recipient and reads the body of the newest e-mail queued for them, in one transaction: once
     * committed, the outbox may send the e-mail at any moment, and a sent e-mail keeps no body.
     */
    public <T> Mailed<T> mailing(String recipient, Callable<T> sending) throws Exception {
        T result = sending.call();
        String body = em.createQuery("SELECT m.body FROM OutboxMessage m WHERE m.recipient = :recipient ORDER BY m.id DESC", String.class)
                .setParameter("recipient", recipient).setMaxResults(1).getSingleResult();
        return new Mailed<>(result, body);
    }

    /**
     * Does what mails the recipient and fails the e-mail it queued for good, as a mail server down for a day would, in one
     * transaction: the delivery never sees it waiting.
     */
    public OutboxMessage mailingFailedForGood(String recipient, Callable<?> sending) throws Exception {
        sending.call();
        OutboxMessage email = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipient = :recipient ORDER BY m.id DESC",
                        OutboxMessage.class)
                .setParameter("recipient", recipient).setMaxResults(1).getSingleResult();
        while (email.isPending()) {
            email.markAttemptFailed(refusal(recipient), Instant.now());
        }
        return email;
    }

    /**
     * Does what mails the recipient in another thread, after its answer, and reads the body of the e-mail queued there.
     * The outbox's delivery waits meanwhile, as a sent e-mail keeps no body: an e-mail of this transaction, pending and
     * never committed, comes first in the delivery's query, whose lock waits for this transaction.
     */
    public Mailed<Void> mailedLater(String recipient, Runnable sending) throws Exception {
        long before = outboxMessagesTo(recipient);
        return whileDeliveryWaits(() -> {
            sending.run();
            Eventually.until("an e-mail to " + recipient, () -> outboxMessagesTo(recipient) > before);
            return new Mailed<>(null, em.createQuery("SELECT m.body FROM OutboxMessage m WHERE m.recipient = :recipient"
                            + " ORDER BY m.id DESC", String.class)
                    .setParameter("recipient", recipient).setMaxResults(1).getSingleResult());
        });
    }

    /**
     * Does the action while the outbox's delivery waits: an e-mail pending in this transaction, never committed, holds
     * the delivery's query for due e-mails until the action is done.
     */
    public <T> T whileDeliveryWaits(Callable<T> action) throws Exception {
        em.persist(new OutboxMessage(unique("held") + "@outbox.example", "Holds the delivery back", "-"));
        em.flush();
        try {
            return action.call();
        } finally {
            context.setRollbackOnly();
        }
    }

    /** Does the action while this transaction holds the account's row, which whoever changes the account waits for. */
    public <T> T whileLocked(String username, Callable<T> action) throws Exception {
        em.find(UserAccount.class, account(username).getId(), LockModeType.PESSIMISTIC_WRITE);
        return action.call();
    }

    /**
     * Does the action while a request with the address is filed in this transaction, never committed: whoever asks
     * whether the address is known waits for it, and then finds it unknown.
     */
    public <T> T whileAddressFiledUncommitted(String email, String schoolName, Callable<T> action) throws Exception {
        em.persist(new AccountRequest(unique("held"), email, "Held Back", Role.STUDENT, institution(schoolName), Language.EN));
        em.flush();
        T result = action.call();
        context.setRollbackOnly();
        return result;
    }

    /**
     * Does the action, which has a request with the address filed in another thread, while no request may be added
     * (reading them may go on); as soon as that thread waits for the table, files one with the address here, committed
     * with the action: as when two requests with one address come at the same moment and the other is a moment late.
     */
    public <T> T whileAddressFiledFirstByAnother(String email, String schoolName, Callable<T> action) throws Exception {
        em.createNativeQuery("LOCK TABLE account_request IN SHARE MODE").executeUpdate();
        T result = action.call();
        Eventually.until("a request waiting to be added", () -> someoneWaitsForALockOn("account_request"));
        em.persist(new AccountRequest(unique("first"), email, "Filed First", Role.STUDENT, institution(schoolName), Language.EN));
        em.flush();
        return result;
    }

    /**
     * Holds the institution's row, as a coordinator's change of it does, while what is started meanwhile in another
     * thread (an account made there, a request confirmed there) comes to it; once that waits for the row, changes the
     * institution here (a new type, a deactivation), committed as this transaction ends: the change came a moment first.
     * Returns what was started.
     */
    public <T> Future<T> changingInstitutionWhile(String name, Consumer<Institution> change, Callable<Future<T>> meanwhile)
            throws Exception {
        Institution institution = em.find(Institution.class, institution(name).getId(), LockModeType.PESSIMISTIC_WRITE);
        Future<T> started = meanwhile.call();
        Eventually.until("the institution's row waited for", () -> someoneWaitsForALockOn("institution"));
        change.accept(institution);
        em.flush();
        return started;
    }

    /**
     * Holds the institution's row, as an account being made there does, and makes an account of the role there, while a
     * change of the institution is started meanwhile in another thread; returns once that waits for the row. The account
     * is committed as this transaction ends: it came a moment before the change. Returns what was started.
     */
    public <T> Future<T> makingAccountWhile(String name, Role role, Callable<Future<T>> meanwhile) throws Exception {
        Institution institution = em.find(Institution.class, institution(name).getId(), LockModeType.PESSIMISTIC_WRITE);
        newAccount(role, institution, passwords.hash(PASSWORD.toCharArray()));
        em.flush();
        Future<T> started = meanwhile.call();
        Eventually.until("the institution's row waited for", () -> someoneWaitsForALockOn("institution"));
        return started;
    }

    /** Five failed sign-ins now, as the login counts them: the account is locked. */
    public void lockedOut(String username) {
        UserAccount account = account(username);
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            account.recordFailedLogin(Instant.now());
        }
    }

    /** Whether another transaction waits for a lock on the table, as Derby and PostgreSQL each list their locks. */
    public boolean someoneWaitsForALockOn(String table) throws SQLException {
        String waiting = onDerby()
                ? "SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE STATE = 'WAIT' AND TABLENAME = UPPER(?1)"
                : "SELECT COUNT(*) FROM pg_locks WHERE NOT granted AND relation = CAST(?1 AS regclass)";
        return ((Number) em.createNativeQuery(waiting).setParameter(1, table).getSingleResult()).intValue() > 0;
    }

    /** Derby, the default, rather than PostgreSQL (it.postgres.db): Derby's reads wait for a row another writes. */
    public boolean onDerby() throws SQLException {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().contains("Derby");
        }
    }

    /** What an action returned and the body of the e-mail it queued. */
    public record Mailed<T>(T result, String body) {
    }

    /** An e-mail of the outbox as it is stored now. */
    public OutboxMessage outboxMessage(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        em.refresh(message);
        return message;
    }

    public void deactivate(String username) {
        account(username).deactivate();
    }

    public void activate(String username) {
        account(username).activate();
    }

    /** Records a sign-in of the account now, as the login does. */
    public void signedIn(String username) {
        account(username).recordSuccessfulLogin(Instant.now());
    }

    public long outboxMessagesTo(String recipient) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.recipient = :recipient", Long.class)
                .setParameter("recipient", recipient).getSingleResult();
    }

    /** A learner mobility of a new student of the school, still a draft of their own. */
    public Mobility draftMobility(String schoolName, LocalDate start) {
        UserAccount student = newAccount(Role.STUDENT, schoolName);
        return draftMobility(student, student, start);
    }

    /** A learner mobility of a new student of the school, still a draft, made by a new teacher of the school. */
    public Mobility draftMobilityOfANewTeacher(String schoolName, LocalDate start) {
        return draftMobility(newAccount(Role.STUDENT, schoolName), newAccount(Role.TEACHER, schoolName), start);
    }

    /** A job shadowing of a new administrator of the school, still a draft, made by the account named (of its staff). */
    public Mobility draftMobilityOfANewSchoolAdmin(String schoolName, String creator, LocalDate start) {
        return draftMobility(newAccount(Role.SCHOOL_ADMIN, schoolName), MobilityType.STAFF_JOB_SHADOWING, account(creator),
                start);
    }

    private Mobility draftMobility(UserAccount student, UserAccount creator, LocalDate start) {
        return draftMobility(student, MobilityType.LEARNER_SHORT_TERM, creator, start);
    }

    private Mobility draftMobility(UserAccount participant, MobilityType type, UserAccount creator, LocalDate start) {
        Mobility mobility = new Mobility(participant, type, participant.getInstitution(),
                institution("Mundus"), start, start.plusDays(20), creator);
        em.persist(mobility);
        return mobility;
    }

    /** A notification of the account, made at the given moment and read at the other (or unread when null). */
    public Notification notification(String username, Instant created, Instant read) {
        return notification(username, "/notifications.xhtml", created, read);
    }

    /** An unread notification of the account that asks it to act on the page of work at the path, made now. */
    public Notification actionRequired(String username, String link) {
        return notification(username, NotificationKind.ACTION_REQUIRED, link, Instant.now(), null);
    }

    /** An unread notification of the account, for its information only, that leads to the path, made now. */
    public Notification information(String username, String link) {
        return notification(username, NotificationKind.INFORMATION, link, Instant.now(), null);
    }

    private Notification notification(String username, String link, Instant created, Instant read) {
        return notification(username, NotificationKind.INFORMATION, link, created, read);
    }

    private Notification notification(String username, NotificationKind kind, String link, Instant created,
            Instant read) {
        Notification notification = new Notification(account(username), kind, "Test notification", "Made by a test",
                link, created);
        if (read != null) {
            notification.markRead(read);
        }
        em.persist(notification);
        return notification;
    }

    /**
     * An e-mail in the outbox as it stands after delivery: sent at the moment, failed for good with its last attempt at
     * the moment (every attempt failed), or still pending since the moment when {@code status} is PENDING.
     */
    public OutboxMessage email(String recipient, OutboxStatus status, Instant at) {
        OutboxMessage email = new OutboxMessage(recipient, "Test e-mail", "Made by a test");
        switch (status) {
            case SENT -> email.markSent(at);
            case FAILED -> {
                while (email.isPending()) {
                    email.markAttemptFailed(refusal(recipient), at);
                }
            }
            case PENDING -> {
                // as queued
            }
        }
        em.persist(email);
        em.flush();
        // the entity stamps its last change with the clock; the test's moment replaces it
        em.createQuery("UPDATE OutboxMessage m SET m.updatedAt = :at WHERE m.id = :id")
                .setParameter("at", at).setParameter("id", email.getId()).executeUpdate();
        return email;
    }

    /** An e-mail just queued, committed at once: also while this bean's transaction holds the delivery back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutboxMessage queuedEmail(String recipient) {
        return email(recipient, OutboxStatus.PENDING, Instant.now());
    }

    /**
     * An e-mail just queued and committed, as {@link #queuedEmail}, but pending without its text, which the domain never
     * makes: the mail library throws on it (a NullPointerException), which is no answer of a mail server.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutboxMessage queuedEmailWithoutText(String recipient) {
        OutboxMessage email = email(recipient, OutboxStatus.PENDING, Instant.now());
        em.createQuery("UPDATE OutboxMessage m SET m.body = NULL WHERE m.id = :id").setParameter("id", email.getId())
                .executeUpdate();
        return email;
    }

    /** Deletes an e-mail of the outbox, one a test made that the delivery should not try after the test. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deleteEmail(long id) {
        em.createQuery("DELETE FROM OutboxMessage m WHERE m.id = :id").setParameter("id", id).executeUpdate();
    }

    /** What a mail server answers when it refuses a recipient: it often quotes the address. */
    public static String refusal(String recipient) {
        return "550 5.1.1 <" + recipient + ">: Recipient address rejected (by a test)";
    }

    /** An e-mail whose first attempt failed at the given moment, waiting for its next. */
    public OutboxMessage emailFailedOnce(String recipient, Instant at) {
        OutboxMessage email = new OutboxMessage(recipient, "Test e-mail", "Made by a test");
        email.markAttemptFailed(refusal(recipient), at);
        em.persist(email);
        return email;
    }

    /** The ids of the outbox's e-mails to the recipient, oldest first. */
    public List<Long> emailsTo(String recipient) {
        return em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.recipient = :recipient ORDER BY m.id", Long.class)
                .setParameter("recipient", recipient).getResultList();
    }

    /**
     * A reset token of the account with a random hash, issued at the moment and valid for the duration; used at the
     * other moment, or unused when it is null.
     */
    public PasswordResetToken resetToken(String username, Instant issued, Duration validity, Instant used) {
        PasswordResetToken token = new PasswordResetToken(unique("hash"), account(username), issued, validity);
        if (used != null) {
            token.use(used);
        }
        em.persist(token);
        return token;
    }

    /** The ids of the account's reset tokens, oldest first. */
    public List<Long> resetTokensOf(String username) {
        return em.createQuery("SELECT t.id FROM PasswordResetToken t WHERE t.account.username = :username ORDER BY t.id",
                        Long.class)
                .setParameter("username", username).getResultList();
    }

    /** A report dated on the day as it is stored, past the service's checks: such as one saved before its date was checked. */
    public Publication reportDated(LocalDate publishedOn) {
        Publication report = new Publication(PublicationKind.REPORT);
        report.describe(unique("Report"), "Saved by a test", null, publishedOn, null);
        em.persist(report);
        return report;
    }

    /** The notification with the id, or null when there is none (any more). */
    public Notification notification(long id) {
        return em.find(Notification.class, id);
    }

    /** The account's notifications, oldest first. */
    public List<Notification> notificationsOf(String username) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient.username = :username ORDER BY n.id",
                        Notification.class)
                .setParameter("username", username).getResultList();
    }

    /** The account's notifications that lead to the path. */
    public List<Notification> notificationsOf(String username, String link) {
        return notificationsOf(username).stream().filter(n -> n.getLink().equals(link)).toList();
    }
}
