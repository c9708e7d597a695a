package eu.cginternational.web.view;

import eu.cginternational.service.notification.Notifications;
import eu.cginternational.web.config.Bundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.omnifaces.util.Faces;

/**
 * The bell in the header of every page: the signed-in person's unread notifications, counted at
 * most once per request however often the page asks. One bean for the application that keeps each
 * request's count in the request: a bean created per request costs the server's injection of it and
 * of its service reference on every page, more than the count itself when the count is remembered.
 */
@Named
@ApplicationScoped
public class NotificationBell {

    private static final String UNREAD = NotificationBell.class.getName() + ".unread";
    private static final String LABEL = NotificationBell.class.getName() + ".label";

    @Inject
    Notifications notifications;

    /**
     * How many of the person's notifications are unread; 0 for a visitor who is not signed in, and
     * on error pages, whose error may be the database itself.
     */
    public long getUnread() {
        return Faces.<Long>getRequestAttribute(UNREAD, () -> {
            boolean errorPage = Faces.getRequestAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
            return Faces.getRequest().getUserPrincipal() == null || errorPage ? 0L : notifications.unreadCount();
        });
    }

    /** What the bell says to a screen reader: "Notifications: 3 unread". */
    public String getLabel() {
        return Faces.getRequestAttribute(LABEL, () -> Bundle.text(Faces.getLocale(), "notifications.bell.label", getUnread()));
    }
}
