package eu.cginternational.web.api;

import eu.cginternational.domain.notification.Notification;
import eu.cginternational.service.notification.Notifications;
import eu.cginternational.service.query.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own notifications: another person's do not exist here (404). */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @Context
    UriInfo uri;

    /** One notification as the API shows it; {@code link} is a path of the platform. */
    public record NotificationView(Long id, String kind, String title, String text, String link, Instant createdAt,
            Instant readAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind().name(), n.getTitle(), n.getText(), n.getLink(),
                    n.getCreatedAt(), n.getReadAt());
        }
    }

    /** A page of notifications, the size of the whole filtered list and how many of all are unread. */
    public record NotificationList(List<NotificationView> items, long total, long unread) {
    }

    @GET
    @Operation(summary = "The caller's notifications, newest first, paged (page, size); unread=true for the unread ones only;"
            + " with the number of all unread ones")
    public NotificationList list() {
        Page<Notification> page = notifications.page(Paging.of(uri, Set.of("unread")));
        return new NotificationList(page.items().stream().map(NotificationView::of).toList(), page.total(),
                notifications.unreadCount());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (again is harmless)")
    public Response markRead(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all of the caller's notifications read")
    public Response markAllRead() {
        notifications.markAllRead();
        return Response.noContent().build();
    }
}
