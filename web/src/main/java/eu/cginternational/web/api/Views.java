package eu.cginternational.web.api;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.audit.AuditEvent;
import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import java.time.Instant;
import java.util.List;

/** What the API shows of the entities: never a password hash, never a lazy association. */
public final class Views {

    private Views() {
    }

    public record InstitutionRef(Long id, String name, String countryCode) {
        static InstitutionRef of(Institution institution) {
            return new InstitutionRef(institution.getId(), institution.getName(), institution.getCountry().getCode());
        }
    }

    public record InstitutionView(Long id, String name, String type, String countryCode, String city, double latitude,
            double longitude, boolean active, Long version) {
        static InstitutionView of(Institution i) {
            return new InstitutionView(i.getId(), i.getName(), i.getType().name(), i.getCountry().getCode(), i.getCity(),
                    i.getLocation().getLatitude(), i.getLocation().getLongitude(), i.isActive(), i.getVersion());
        }
    }

    public record UserView(Long id, String username, String fullName, String email, List<String> roles,
            InstitutionRef institution, String language, boolean active, Instant lockedUntil, Instant lastLoginAt,
            Instant anonymisedAt, Long version) {
        static UserView of(UserAccount u) {
            return new UserView(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(),
                    u.getRoles().stream().map(Role::name).sorted().toList(), InstitutionRef.of(u.getInstitution()),
                    u.getLanguage().name(), u.isActive(), u.isLockedAt(Instant.now()) ? u.getLockedUntil() : null,
                    u.getLastLoginAt(), u.getAnonymisedAt(), u.getVersion());
        }
    }

    public record Me(String username, String fullName, List<String> roles, InstitutionRef institution, String language) {
        static Me of(UserAccount u) {
            return new Me(u.getUsername(), u.getFullName(), u.getRoles().stream().map(Role::name).sorted().toList(),
                    InstitutionRef.of(u.getInstitution()), u.getLanguage().name());
        }
    }

    public record AuditEventView(Long id, Instant occurredAt, String type, String actor, String target,
            String clientAddress, String detail) {
        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.getId(), e.getOccurredAt(), e.getType().name(), e.getActor(), e.getTarget(),
                    e.getClientAddress(), e.getDetail());
        }
    }

    public record OutboxMessageView(Long id, Instant createdAt, String recipient, String subject, String status,
            int attempts, Instant sentAt, String lastError, boolean canBeSentAgain, Long version) {
        static OutboxMessageView of(OutboxMessage m) {
            return new OutboxMessageView(m.getId(), m.getCreatedAt(), m.getRecipient(), m.getSubject(), m.getStatus().name(),
                    m.getAttempts(), m.getSentAt(), m.getLastError(), m.canBeSentAgain(), m.getVersion());
        }
    }

    /** The version of a record as the client last read it, for state changes. */
    public record VersionSeen(Long version) {
    }
}
