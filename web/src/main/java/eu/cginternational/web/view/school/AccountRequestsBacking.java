package eu.cginternational.web.view.school;

import eu.cginternational.domain.account.AccountRequest;
import eu.cginternational.service.account.AccountRequests;
import eu.cginternational.service.retention.Retention;
import eu.cginternational.web.view.PagedModel;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /school/account-requests.xhtml}: the requests for an account waiting at the administrator's school; those
 * ticked can be discarded together. {@code /coordinator/account-requests.xhtml} too, where the service lists every
 * school's.
 */
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

    /**
     * Discards the requests ticked in the table, for a flood of requests that nobody of the school made. A value that is
     * no number names no request: the service refuses the lot, as it does for a request of another school.
     */
    @ReportsRefusals
    public void discardChosen() {
        String[] chosen = Faces.getRequestParameterValuesMap().getOrDefault("chosen", new String[0]);
        List<Long> ids = Arrays.stream(chosen).map(AccountRequestsBacking::requestId).toList();
        int discarded = requests.discardAll(ids);
        Messages.addFlashGlobalInfo("account_requests.discarded", discarded);
        // back to the list pressed, the school's or the coordinator's
        Faces.redirect(Faces.getViewId().substring(1));
    }

    private static long requestId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** How many days a request waits before it goes unanswered. */
    public int getRetentionDays() {
        return retention.accountRequestDays();
    }
}
