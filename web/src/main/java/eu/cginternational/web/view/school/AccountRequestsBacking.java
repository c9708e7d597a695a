package eu.cginternational.web.view.school;

import eu.cginternational.domain.account.AccountRequest;
import eu.cginternational.service.account.AccountRequests;
import eu.cginternational.service.retention.Retention;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /school/account-requests.xhtml}: the requests for an account waiting at the administrator's school. */
@Named
@ViewScoped
public class AccountRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountRequests requests;

    @Inject
    Retention retention;

    private PagedModel<AccountRequest> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(requests::list, requests::count, AccountRequest::getId);
    }

    public PagedModel<AccountRequest> getModel() {
        return model;
    }

    /** How many days a request waits before it goes unanswered. */
    public int getRetentionDays() {
        return retention.accountRequestDays();
    }
}
