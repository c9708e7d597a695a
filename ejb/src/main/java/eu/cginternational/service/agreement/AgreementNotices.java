package eu.cginternational.service.agreement;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementAction;
import eu.cginternational.domain.agreement.AgreementEvent;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.agreement.NamedSigner;
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
import java.util.Optional;
import java.util.Set;

/**
 * Tells the people of an agreement about its steps, in the app and by e-mail through the outbox,
 * in the step's transaction and each in their own language: the signer whose turn it is, the
 * author of a declined version, the signers when it is in force, terminated, or about to end.
 */
@Stateless
@PermitAll
public class AgreementNotices {

    @Inject
    Notifications notifications;

    /** After a step: whoever must sign next, or whom the outcome concerns. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void stepTaken(Agreement agreement, AgreementAction action) {
        switch (action) {
            case SEND, SIGN -> nextSigner(agreement).ifPresent(signer ->
                    tell(List.of(signer), NotificationKind.ACTION_REQUIRED, "to_sign", agreement, null));
            case DECLINE -> tell(List.of(agreement.getCurrent().getMadeBy()), NotificationKind.DECISION, "declined",
                    agreement, agreement.getCurrent().getDeclineReason());
            case COMPLETE -> tell(signersOf(agreement.getCurrent()), NotificationKind.INFORMATION, "active", agreement, null);
            case TERMINATE -> tell(signersOf(agreement.getInForce().orElse(agreement.getCurrent())),
                    NotificationKind.INFORMATION, "terminated", agreement, lastComment(agreement));
            case AMEND, EXPIRE -> {
                // An amendment concerns its author, who is on its page; an expiry was announced 30 days before.
            }
        }
    }

    /** Warns the signers of the version in force that the agreement ends soon. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void endsSoon(Agreement agreement) {
        tell(signersOf(agreement.getInForce().orElseThrow()), NotificationKind.REMINDER, "ends_soon", agreement,
                agreement.getEndsOn().toString());
    }

    /**
     * The signer whose turn it is on the current version: the first named signer not yet counted
     * among the signatures recorded since it was sent.
     */
    static Optional<UserAccount> nextSigner(Agreement agreement) {
        AgreementVersion current = agreement.getCurrent();
        if (!agreement.getStatus().isAtSigning()) {
            return Optional.empty();
        }
        long signed = agreement.getEvents().stream()
                .filter(e -> e.getVersionNumber() == current.getNumber() && e.getAction() == AgreementAction.SIGN)
                .count();
        return signed < current.getSigners().size()
                ? Optional.of(current.getSigners().get((int) signed).getAccount()) : Optional.empty();
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
