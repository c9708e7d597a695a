package eu.cginternational.it.services;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.service.account.Passwords;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.UUID;

/** Makes and reads test data directly, so that a test sets up its world without the rules it tests. */
@Stateless
@PermitAll
public class TestData {

    public static final String PASSWORD = "a-long-test-passphrase-2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    /** A unique lower-case name with the given prefix. */
    public static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    public UserAccount newAccount(Role role, String schoolName) {
        String username = unique(role.name().toLowerCase().replace('_', '-'));
        UserAccount account = new UserAccount(username, username + "@test.example", "Test " + username,
                institution(schoolName), Set.of(role), Language.EN, passwords.hash(PASSWORD.toCharArray()));
        em.persist(account);
        return account;
    }

    public Institution institution(String name) {
        return em.createQuery("SELECT i FROM Institution i WHERE i.name = :name", Institution.class)
                .setParameter("name", name).getSingleResult();
    }

    public UserAccount account(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getSingleResult();
    }

    public long accountsNamed(String username) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username = :username", Long.class)
                .setParameter("username", username).getSingleResult();
    }

    public long institutionsNamed(String name) {
        return em.createQuery("SELECT COUNT(i) FROM Institution i WHERE i.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }

    public long auditEvents(AuditEventType type, String target) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.type = :type AND e.target = :target", Long.class)
                .setParameter("type", type).setParameter("target", target).getSingleResult();
    }

    /** The body of the newest e-mail queued for the recipient. */
    public String lastMailBodyTo(String recipient) {
        return em.createQuery("SELECT m.body FROM OutboxMessage m WHERE m.recipient = :recipient ORDER BY m.id DESC", String.class)
                .setParameter("recipient", recipient).setMaxResults(1).getSingleResult();
    }

    public void deactivate(String username) {
        account(username).deactivate();
    }

    public long outboxMessagesTo(String recipient) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.recipient = :recipient", Long.class)
                .setParameter("recipient", recipient).getSingleResult();
    }
}
