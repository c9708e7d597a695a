package eu.cginternational.web.api;

import static eu.cginternational.web.api.UsersResource.required;

import eu.cginternational.domain.audit.AuditEvent;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.query.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log and the e-mail outbox, for coordinators; read only but for sending a failed e-mail again. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @Inject
    eu.cginternational.service.mail.Outbox outbox;

    @Context
    UriInfo uri;

    @GET
    @Path("audit-events")
    @Operation(summary = "The audit log, newest first; filters type, actor, target, clientAddress, from and to (ISO dates)")
    public ListResult<Views.AuditEventView> events() {
        Page<AuditEvent> page = audit.page(Paging.of(uri, Set.of("type", "actor", "target", "clientAddress", "from", "to")));
        return new ListResult<>(page.items().stream().map(Views.AuditEventView::of).toList(), page.total());
    }

    @GET
    @Path("outbox")
    @Operation(summary = "E-mails waiting, sent and failed; filters status, recipient, subject")
    public ListResult<Views.OutboxMessageView> outbox() {
        var page = outbox.page(Paging.of(uri, Set.of("status", "recipient", "subject")));
        return new ListResult<>(page.items().stream().map(Views.OutboxMessageView::of).toList(), page.total());
    }

    @POST
    @Path("outbox/{id}/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a failed e-mail again, with the version last read (409 when stale, 422 for one not failed or"
            + " whose text held a link to sign in and is gone); the delivery tries it at its next run")
    public Views.OutboxMessageView sendAgain(@PathParam("id") long id, Views.VersionSeen seen) {
        return Views.OutboxMessageView.of(outbox.sendAgain(id, required(seen).version()));
    }
}
