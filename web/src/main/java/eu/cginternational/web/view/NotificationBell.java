package eu.cginternational.web.view;

import eu.cginternational.service.notification.Notifications;
import eu.cginternational.web.config.Bundle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.omnifaces.util.Faces;

/**
 * The bell in the header of every page: the signed-in person's unread notifications, counted at
 * most once per request however often the page asks.
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    private Long unread;
    private String label;

    /**
     * How many of the person's notifications are unread; 0 for a visitor who is not signed in, and
     * on error pages, whose error may be the database itself.
     */
    public long getUnread() {
        if (unread == null) {
            boolean errorPage = Faces.getRequestAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
            unread = Faces.getRequest().getUserPrincipal() == null || errorPage ? 0L : notifications.unreadCount();
        }
        return unread;
    }

    /** What the bell says to a screen reader: "Notifications: 3 unread". */
    public String getLabel() {
        if (label == null) {
            label = Bundle.text(Faces.getLocale(), "notifications.bell.label", getUnread());
        }
        return label;
    }
}
