package eu.cginternational.service.agreement;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementAction;
import eu.cginternational.domain.agreement.AgreementEvent;
import eu.cginternational.domain.agreement.AgreementStatus;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.agreement.NamedSigner;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.notification.NotificationKind;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.notification.Notice;
import eu.cginternational.service.notification.Notifications;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the people of an agreement about its steps, in the app and by e-mail through the outbox,
 * in the step's transaction and each in their own language: the signers when a party terminated
 * it, or when it is about to end; the signers of an amendment under signature when it was withdrawn
 * because the agreement ended; a student whose application waited when its placement closed.
 */
@Stateless
@PermitAll
public class AgreementNotices {

    @Inject
    Notifications notifications;

    /**
     * After a step of people: the signers of the version in force learn that a party terminated it.
     * The signing steps are told by the signing engine itself (whose turn it is, a decline, the
     * last signature).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void stepTaken(Agreement agreement, AgreementAction action) {
        if (action == AgreementAction.TERMINATE) {
            tell(signersOf(agreement.getInForce().orElse(agreement.getCurrent())), NotificationKind.INFORMATION,
                    "terminated", agreement, lastComment(agreement));
        }
    }

    /**
     * Tells the signers of an amendment under signature that it was withdrawn because the agreement
     * ended (terminated or expired): whoever had signed it or was still to sign learns nobody will.
     * On a termination, the signers of the version in force are told of the termination instead, which
     * ends the amendment too: one notice each, not two about the same step.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void amendmentWithdrawn(Agreement agreement, AgreementVersion amendment) {
        Set<UserAccount> people = signersOf(amendment);
        if (agreement.getStatus() == AgreementStatus.TERMINATED) {
            agreement.getInForce().map(AgreementNotices::signersOf).ifPresent(people::removeAll);
        }
        tell(people, NotificationKind.INFORMATION, "amendment_withdrawn", agreement, String.valueOf(amendment.getNumber()));
    }

    /** Warns the signers of the version in force that the agreement ends soon. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void endsSoon(Agreement agreement) {
        tell(signersOf(agreement.getInForce().orElseThrow()), NotificationKind.REMINDER, "ends_soon", agreement,
                agreement.getEndsOn().toString());
    }

    /**
     * The reason written on an application the platform declines because its placement closed, in the
     * student's language: it stays on the application as a school's reason would.
     */
    public String placementClosedReason(OpportunityApplication application) {
        return Texts.format(application.getStudent().getLanguage().locale(), "application.placement_closed.reason",
                application.getOpportunity().getOccupationTitle(), application.getOpportunity().getCity());
    }

    /** Tells the student that the application was declined because its placement closed before the school decided. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void placementClosed(OpportunityApplication application) {
        UserAccount student = application.getStudent();
        if (!student.isActive()) {
            return;
        }
        Locale locale = student.getLanguage().locale();
        String link = "/opportunities/applications.xhtml";
        String placement = application.getOpportunity().getOccupationTitle() + ", " + application.getOpportunity().getCity();
        notifications.send(new Notice(student, NotificationKind.INFORMATION,
                Texts.format(locale, "notice.application.placement_closed.title"),
                Texts.format(locale, "notice.application.placement_closed.text", placement),
                Texts.format(locale, "mail.application.placement_closed.body", student.getFullName(), placement,
                        notifications.publicLink(link)),
                link));
    }

    private static Set<UserAccount> signersOf(AgreementVersion version) {
        Set<UserAccount> people = new LinkedHashSet<>();
        version.getSigners().stream().map(NamedSigner::getAccount).forEach(people::add);
        return people;
    }

    private static String lastComment(Agreement agreement) {
        List<AgreementEvent> events = agreement.getEvents();
        return events.isEmpty() ? null : events.get(events.size() - 1).getComment();
    }

    private void tell(Collection<UserAccount> people, NotificationKind kind, String event, Agreement agreement, String detail) {
        String link = "/agreements/agreement.xhtml?id=" + agreement.getId();
        for (UserAccount person : people) {
            if (!person.isActive()) {
                continue;
            }
            Locale locale = person.getLanguage().locale();
            String detailText = detail == null ? "" : detail;
            notifications.send(new Notice(person, kind,
                    Texts.format(locale, "notice.agreement." + event + ".title"),
                    Texts.format(locale, "notice.agreement." + event + ".text", agreement.getTitle(), detailText),
                    Texts.format(locale, "mail.agreement." + event + ".body", person.getFullName(), agreement.getTitle(),
                            detailText, notifications.publicLink(link)),
                    link));
        }
    }
}
