package eu.cginternational.web.view.coordinator;

import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mail.OutboxStatus;
import eu.cginternational.service.mail.Outbox;
import eu.cginternational.service.retention.Retention;
import eu.cginternational.web.view.PagedModel;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /coordinator/outbox.xhtml}: e-mails waiting, sent and failed, and how long the finished ones stay; a failed one
 * is sent again from its row.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    @Inject
    Retention retention;

    private PagedModel<OutboxMessage> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(outbox::list, outbox::count, OutboxMessage::getId);
    }

    public PagedModel<OutboxMessage> getModel() {
        return model;
    }

    /**
     * Queues the failed e-mail of the pressed row again, with the version the row showed. A value that is no number names
     * no e-mail, or no version: the service refuses it as one gone or changed meanwhile.
     */
    @ReportsRefusals
    public void sendAgain() {
        OutboxMessage message = outbox.sendAgain(number(Faces.getRequestParameter("message"), -1L),
                number(Faces.getRequestParameter("version"), null));
        Messages.addFlashGlobalInfo("outbox.sent_again", message.getRecipient());
        Faces.redirect("coordinator/outbox.xhtml");
    }

    private static Long number(String value, Long otherwise) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** How many days sent and failed e-mails stay in the outbox. */
    public int getRetentionDays() {
        return retention.emailDays();
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }
}
