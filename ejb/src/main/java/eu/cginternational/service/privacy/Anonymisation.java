package eu.cginternational.service.privacy;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.guidance.ActionPlan;
import eu.cginternational.domain.guidance.GuidanceSession;
import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.service.account.Passwords;
import eu.cginternational.service.admin.UserAdministration;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.RejectedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

/**
 * The anonymisation of a person on request (DESIGN.md, personal data), by a coordinator, once the account is
 * deactivated. Everything happens in one transaction: a failure leaves the person as they were.
 *
 * <p>What the programme's reporting and the indicators need stays, pointing to the anonymised account, which keeps its
 * roles and institution: mobilities with their steps, learning agreements and grants; training registrations with
 * attendance, quiz results and certificates; the scores of interest assessments; counselling sessions' dates and
 * topics; applications to opportunities and their outcome; whatever the person decided, created or sent.
 *
 * <p>What names the person or is in their own words goes: the account's username, name, e-mail address, password and
 * sign-in times (replaced by a pseudonym made of its number); notifications to them, their password links, e-mails to
 * their address and requests for an account in their name; their action plans (of each school); the text of their
 * mobility reports, training feedback and motivations; a counsellor's notes on them. Their name in others'
 * notifications and e-mails is replaced by the pseudonym, unless another account has the same name: a mention could
 * then be of either. In the audit log their username becomes the pseudonym, their network addresses go, and the
 * detail of events about them goes, as it may quote them.
 *
 * <p>Documents signed on the platform are kept as signed: a signature, with the name typed and drawn, is the
 * document's evidence, and the signing record is a hash chain that a change would break.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class Anonymisation {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAdministration users;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    /**
     * Anonymises the deactivated account with the id, last read at the version given. Two coordinators at once: the
     * second waits for the first, then finds the account changed.
     */
    public UserAccount anonymise(long accountId, Long versionSeen) {
        UserAccount account = users.get(accountId);
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(account);
        if (!Objects.equals(versionSeen, account.getVersion())) {
            throw new ConcurrentChangeException();
        }
        String username = account.getUsername();
        String email = account.getEmail();
        String name = account.getFullName();
        boolean nameShared = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.fullName = :name AND u <> :account",
                        Long.class)
                .setParameter("name", name).setParameter("account", account).getSingleResult() > 0;
        String pseudonym = RejectedException.unlessRuleBroken("user.rule.",
                () -> account.anonymise(Instant.now(), passwords.unknownPasswordHash()));
        String removed = forgetOwnRecords(account, email);
        eraseOwnWords(account);
        if (!nameShared) {
            renameInOthersMessages(name, account.getFullName());
        }
        // before the audit log's statements, which would flush without telling a conflict from a fault
        flushOrReportConflict(em);
        pseudonymiseAuditLog(username, email, pseudonym);
        audit.record(AuditEventType.ACCOUNT_ANONYMISED, pseudonym,
                removed + (nameShared ? "; the name is another account's too, so others' messages were left as they are" : ""));
        return account;
    }

    /** Deletes what exists only for the person; returns how much of each, for the audit log. */
    private String forgetOwnRecords(UserAccount account, String email) {
        int notifications = em.createQuery("DELETE FROM Notification n WHERE n.recipient = :account")
                .setParameter("account", account).executeUpdate();
        em.createQuery("DELETE FROM PasswordResetToken t WHERE t.account = :account")
                .setParameter("account", account).executeUpdate();
        forgetEmailFailures(email);
        int emails = em.createQuery("DELETE FROM OutboxMessage m WHERE LOWER(m.recipient) = LOWER(:email)")
                .setParameter("email", email).executeUpdate();
        // Only the person's own requests, known by their address: another person may ask for the same username, which
        // is theirs to take once the account bears its pseudonym.
        em.createQuery("DELETE FROM AccountRequest r WHERE LOWER(r.email) = LOWER(:email)")
                .setParameter("email", email).executeUpdate();
        int plans = 0;
        for (ActionPlan plan : own("SELECT p FROM ActionPlan p WHERE p.student = :account", ActionPlan.class, account)) {
            em.remove(plan);
            plans++;
        }
        return "notifications " + notifications + ", e-mails " + emails + ", action plans " + plans;
    }

    /**
     * The audit entries of e-mails to the person sent again lose their detail: older ones carry the mail server's last
     * error, which may quote the address (Outbox.sendAgain). An entry names the e-mail by its number, so it is found
     * through the e-mails to the address, before they go. Derby casts a number to CHAR but not to VARCHAR; TRIM takes
     * the padding away on both databases.
     */
    private void forgetEmailFailures(String email) {
        em.createNativeQuery("UPDATE audit_event SET detail = NULL WHERE type = ?1 AND target IN"
                        + " (SELECT 'e-mail ' || TRIM(CAST(m.id AS CHAR(20))) FROM outbox_message m"
                        + " WHERE LOWER(m.recipient) = LOWER(?2))")
                .setParameter(1, AuditEventType.EMAIL_SENT_AGAIN.name()).setParameter(2, email).executeUpdate();
    }

    /**
     * Others' messages are found by a scan of their texts that reads only their ids, unlocked so that it holds none of
     * the rows it passes; the few found are then read again, locked, as the outbox may have sent one meanwhile.
     */
    private void renameInOthersMessages(String name, String pseudonym) {
        String mentioning = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        locked(Notification.class, em.createQuery("SELECT n.id FROM Notification n"
                        + " WHERE n.title LIKE :name ESCAPE '\\' OR n.text LIKE :name ESCAPE '\\'", Long.class)
                .setParameter("name", mentioning).getResultList())
                .forEach(n -> n.rename(name, pseudonym));
        locked(OutboxMessage.class, em.createQuery("SELECT m.id FROM OutboxMessage m"
                        + " WHERE m.subject LIKE :name ESCAPE '\\' OR m.body LIKE :name ESCAPE '\\'", Long.class)
                .setParameter("name", mentioning).getResultList())
                .forEach(m -> m.rename(name, pseudonym));
    }

    private <T> List<T> locked(Class<T> type, List<Long> ids) {
        return ids.isEmpty() ? List.of()
                : lockedNow(em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.id IN :ids", type)
                        .setParameter("ids", ids));
    }

    private void eraseOwnWords(UserAccount account) {
        own("SELECT m FROM Mobility m WHERE m.participant = :account", Mobility.class, account)
                .forEach(Mobility::eraseReportText);
        own("SELECT r FROM Registration r WHERE r.participant = :account", Registration.class, account)
                .forEach(Registration::eraseFeedbackComment);
        own("SELECT a FROM OpportunityApplication a WHERE a.student = :account", OpportunityApplication.class, account)
                .forEach(OpportunityApplication::eraseTexts);
        own("SELECT s FROM GuidanceSession s WHERE s.student = :account", GuidanceSession.class, account)
                .forEach(GuidanceSession::eraseNotes);
    }

    /**
     * The person's own records, locked as they are read (by their key to the account, an index): another person may
     * change one meanwhile (a teacher edits a session, the calendar starts a mobility), and a record read unlocked would
     * fail at the write on its version. Locked, the anonymisation waits for the other change and rewrites what it left.
     */
    private <T> List<T> own(String query, Class<T> type, UserAccount account) {
        return lockedNow(em.createQuery(query, type).setParameter("account", account));
    }

    /** The query's records locked, and as they stand once locked, whatever the shared cache held of them. */
    private static <T> List<T> lockedNow(TypedQuery<T> query) {
        return query.setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("eclipselink.refresh", "true").getResultList();
    }

    /**
     * The audit log stays append-only for everyone else; an anonymisation is the one change it takes, so that the log
     * cannot tell who the pseudonym was.
     *
     * <p>An entry is about the person when its target is their username or address in any case, as typed into a public
     * form. Such an entry without an actor was left by a visitor (a password reset, a request for an account, a failed
     * sign-in), most likely the person: its network address goes too. An entry about them by someone else keeps that
     * actor's address, which is not the person's.
     */
    private void pseudonymiseAuditLog(String username, String email, String pseudonym) {
        String aboutThem = "(LOWER(target) = LOWER(?2) OR LOWER(target) = LOWER(?3))";
        em.createNativeQuery("UPDATE audit_event SET client_address = NULL"
                        + " WHERE actor = ?1 OR (actor IS NULL AND " + aboutThem + ")")
                .setParameter(1, username).setParameter(2, username).setParameter(3, email).executeUpdate();
        em.createNativeQuery("UPDATE audit_event SET actor = ?1 WHERE actor = ?2")
                .setParameter(1, pseudonym).setParameter(2, username).executeUpdate();
        em.createNativeQuery("UPDATE audit_event SET target = ?1, detail = NULL WHERE " + aboutThem)
                .setParameter(1, pseudonym).setParameter(2, username).setParameter(3, email).executeUpdate();
    }
}
