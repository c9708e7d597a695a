package eu.cginternational.web.view.coordinator;

import eu.cginternational.domain.audit.AuditEvent;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /coordinator/audit.xhtml}: the audit log, newest first, paged and filtered in the database. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    private PagedModel<AuditEvent> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(audit::list, audit::count, AuditEvent::getId);
    }

    public PagedModel<AuditEvent> getModel() {
        return model;
    }

    public AuditEventType[] getTypes() {
        return AuditEventType.values();
    }
}
