package eu.cginternational.web.view;

import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.notification.NotificationKind;
import eu.cginternational.service.notification.Notifications;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /notifications.xhtml}: the signed-in person's notifications, newest first, the unread ones
 * emphasised. Opening one marks it read and leads to what it is about.
 */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<NotificationKind, String> ICONS = Map.of(
            NotificationKind.ACTION_REQUIRED, "pi pi-inbox",
            NotificationKind.DECISION, "pi pi-check-square",
            NotificationKind.REMINDER, "pi pi-clock",
            NotificationKind.INFORMATION, "pi pi-info-circle");

    @Inject
    Notifications notifications;

    private PagedModel<Notification> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(notifications::list, notifications::count, Notification::getId);
    }

    public PagedModel<Notification> getModel() {
        return model;
    }

    /** Marks the notification read and goes where it leads, a path of the platform. */
    @ReportsRefusals
    public void open(long id) throws IOException {
        Notification notification = notifications.markRead(id);
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + notification.getLink());
    }

    @ReportsRefusals
    public void markAllRead() {
        notifications.markAllRead();
        Messages.addFlashGlobalInfo("notifications.all_marked_read");
        Faces.redirect("notifications.xhtml");
    }

    public String icon(NotificationKind kind) {
        return ICONS.get(kind);
    }
}
