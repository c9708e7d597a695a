package eu.cginternational.web.view.agreements;

import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementStatus;
import eu.cginternational.service.agreement.AgreementService;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /agreements/index.xhtml}: the agreements the person may see, paged, sorted and filtered
 * in the database, exportable as CSV and spreadsheet.
 */
@Named
@ViewScoped
public class AgreementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementService agreements;

    private PagedModel<Agreement> model;
    private boolean mayDraft;

    @PostConstruct
    void init() {
        model = new PagedModel<>(agreements::list, agreements::count, Agreement::getId);
        mayDraft = agreements.mayDraft();
    }

    public PagedModel<Agreement> getModel() {
        return model;
    }

    public boolean isMayDraft() {
        return mayDraft;
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }
}
