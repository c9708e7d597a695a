package eu.cginternational.service.notification;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.notification.NotificationKind;
import java.util.Objects;

/**
 * What one person is told about one event, already written in their language: the title (also
 * the e-mail's subject), the short text shown in the app, the e-mail's body, and the path in the
 * app the notice is about. Built in one place per kind of event, then sent through both channels
 * by {@link Notifications#send}.
 */
public record Notice(UserAccount recipient, NotificationKind kind, String title, String text, String mailBody,
        String link) {

    public Notice {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mailBody, "mailBody");
        Objects.requireNonNull(link, "link");
    }
}
