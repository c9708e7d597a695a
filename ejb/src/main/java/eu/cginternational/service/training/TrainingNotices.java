package eu.cginternational.service.training;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.notification.NotificationKind;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingSession;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.notification.Notice;
import eu.cginternational.service.notification.Notifications;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a participant, in the app and by e-mail and in their own language, what happened to their
 * registration without their doing: a seat they got from the waiting list, a nomination by their
 * school, the school's decision on their request, a first session moved. Sent in the transaction of the change. A seat's
 * texts name the first session; a self-paced module has none, so its seats have texts of their own.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TrainingNotices {

    /**
     * The outcomes that give a seat, whose texts name the first session. The reminder names it too,
     * but a self-paced module, having no first session, is never reminded of it.
     */
    private static final Set<String> SEATED = Set.of("promoted", "nominated", "approved");

    @Inject
    Notifications notifications;

    /** The first on the waiting list got a freed (or new) seat. */
    public void promoted(Registration registration) {
        notifications.send(notice(registration, NotificationKind.INFORMATION, "promoted"));
    }

    /** The school administrator nominated the participant: a seat, or a place on the list. */
    public void nominated(Registration registration) {
        String outcome = registration.getStatus() == RegistrationStatus.WAITLISTED ? "nominated_waitlisted" : "nominated";
        notifications.send(notice(registration, NotificationKind.INFORMATION, outcome));
    }

    /** The school administrator approved (seat or list) or declined the participant's request. */
    public void decided(Registration registration) {
        String outcome = switch (registration.getStatus()) {
            case REGISTERED -> "approved";
            case WAITLISTED -> "approved_waitlisted";
            default -> "declined";
        };
        notifications.send(notice(registration, NotificationKind.DECISION, outcome));
    }

    /** The participant completed the training: their certificate can be downloaded. */
    public void completed(Registration registration) {
        notifications.send(notice(registration, NotificationKind.INFORMATION, "completed"));
    }

    /** The coordinator moved the first session: a seat, a place on the list or a request stays, the dates changed. */
    public void rescheduled(Registration registration) {
        notifications.send(notice(registration, NotificationKind.INFORMATION, "rescheduled"));
    }

    /** The first session of the participant's training is in a few days. */
    public void reminder(Registration registration) {
        notifications.send(notice(registration, NotificationKind.INFORMATION, "reminder"));
    }

    private Notice notice(Registration registration, NotificationKind kind, String outcome) {
        UserAccount person = registration.getParticipant();
        Locale locale = person.getLanguage().locale();
        Training training = registration.getTraining();
        String link = "/trainings/training.xhtml?id=" + training.getId();
        String when = training.getFirstSession().map(session -> when(session, locale)).orElse("");
        Object position = registration.getPosition() == null ? registration.getCertificateCode() == null ? ""
                : registration.getCertificateCode() : registration.getPosition();
        String title = Texts.format(locale, "notice.training." + outcome + ".title", training.getTitle());
        String text = Texts.format(locale, textKey(training, outcome), training.getTitle(), when, position);
        return new Notice(person, kind, title, text,
                Texts.format(locale, "mail.training.body", person.getFullName(), text, notifications.publicLink(link)),
                link);
    }

    private static String textKey(Training training, String outcome) {
        boolean selfPacedSeat = training.isSelfPaced() && SEATED.contains(outcome);
        return "notice.training." + outcome + (selfPacedSeat ? "_self_paced" : "") + ".text";
    }

    private static String when(TrainingSession session, Locale locale) {
        return Texts.dateTime(locale, session.getStart()) + " (" + session.getTimeZone() + ")";
    }
}
