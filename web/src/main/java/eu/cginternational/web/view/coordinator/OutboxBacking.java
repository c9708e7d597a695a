package eu.cginternational.web.view.coordinator;

import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mail.OutboxStatus;
import eu.cginternational.service.mail.Outbox;
import eu.cginternational.service.retention.Retention;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /coordinator/outbox.xhtml}: e-mails waiting, sent and failed, and how long the finished ones stay. */
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

    /** How many days sent and failed e-mails stay in the outbox. */
    public int getRetentionDays() {
        return retention.emailDays();
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }
}
