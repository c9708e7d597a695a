package eu.cginternational.service.mobility;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.mail.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells people about a step, through the outbox in the step's transaction: the deciders of the
 * next step that something waits for them, the participant what was decided. Each in their own
 * language.
 */
@Stateless
@PermitAll
public class MobilityNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "cg.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void stepTaken(Mobility mobility, MobilityAction action) {
        MobilityStatus now = mobility.getStatus();
        if (now == MobilityStatus.SUBMITTED) {
            deciders(mobility, Role.SCHOOL_ADMIN).forEach(person -> toDecide(person, mobility));
        } else if (now == MobilityStatus.SCHOOL_APPROVED) {
            deciders(mobility, Role.MINISTRY_ADMIN).forEach(person -> toDecide(person, mobility));
        }
        if (action == MobilityAction.APPROVE || action == MobilityAction.RETURN || action == MobilityAction.REJECT
                || action == MobilityAction.CANCEL) {
            decided(mobility.getParticipant(), mobility, action);
        }
    }

    /** Reminds the participant that their report is due, now that the mobility has ended. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reportDue(Mobility mobility) {
        UserAccount person = mobility.getParticipant();
        Locale locale = person.getLanguage().locale();
        outbox.enqueue(person.getEmail(),
                Texts.format(locale, "mail.mobility.report_due.subject"),
                Texts.format(locale, "mail.mobility.report_due.body", person.getFullName(), mobility.getHost().getName(),
                        mobility.getEndDate().toString(), link(mobility)));
    }

    private List<UserAccount> deciders(Mobility mobility, Role role) {
        String scope = role == Role.SCHOOL_ADMIN ? "u.institution = :school" : "u.institution.country = :country";
        var query = em.createQuery("SELECT u FROM UserAccount u WHERE :role MEMBER OF u.roles AND u.active = :active AND "
                + scope, UserAccount.class)
                .setParameter("role", role)
                .setParameter("active", true);
        if (role == Role.SCHOOL_ADMIN) {
            query.setParameter("school", mobility.getSendingSchool());
        } else {
            query.setParameter("country", mobility.getSendingSchool().getCountry());
        }
        return query.getResultList();
    }

    private void toDecide(UserAccount person, Mobility mobility) {
        Locale locale = person.getLanguage().locale();
        outbox.enqueue(person.getEmail(),
                Texts.format(locale, "mail.mobility.to_decide.subject"),
                Texts.format(locale, "mail.mobility.to_decide.body", person.getFullName(),
                        mobility.getParticipant().getFullName(), mobility.getSendingSchool().getName(),
                        mobility.getHost().getName(), mobility.getHost().getCity(),
                        mobility.getStartDate().toString(), mobility.getEndDate().toString(), link(mobility)));
    }

    private void decided(UserAccount person, Mobility mobility, MobilityAction action) {
        Locale locale = person.getLanguage().locale();
        String decision = Texts.format(locale, "mobility.decision." + action.name());
        String comment = mobility.getHistory().get(mobility.getHistory().size() - 1).getComment();
        outbox.enqueue(person.getEmail(),
                Texts.format(locale, "mail.mobility.decided.subject", decision),
                Texts.format(locale, "mail.mobility.decided.body", person.getFullName(), mobility.getHost().getName(),
                        mobility.getStartDate().toString(), mobility.getEndDate().toString(), decision,
                        comment == null ? "" : comment, link(mobility)));
    }

    private String link(Mobility mobility) {
        return publicUrl.replaceAll("/+$", "") + "/mobilities/mobility.xhtml?id=" + mobility.getId();
    }
}
