package eu.cginternational.web.view;

import eu.cginternational.service.audit.AuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.omnifaces.util.Faces;

/** The 403 page: records in the audit log which page was refused to whom. */
@Named
@RequestScoped
public class RefusedPageBacking {

    @Inject
    AuditLog audit;

    public void record() {
        Object page = Faces.getRequest().getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        audit.recordAccessDenied(page == null ? null : page.toString());
    }
}
