package eu.cginternational.web.view.school;

import eu.cginternational.domain.account.AccountRequest;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.account.AccountRequests;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /school/account-request.xhtml?id=...}: one request for an account, confirmed (the account is made and its owner
 * gets the link to choose a password), declined with a reason the person reads, or discarded without a word to its
 * address when nobody of the school made it. {@code /coordinator/account-request.xhtml} too, for a request of any school.
 */
@Named
@ViewScoped
public class AccountRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountRequests requests;

    private Long id;
    private AccountRequest request;
    private String reason;

    public void load() {
        request = requests.get(id);
    }

    @ReportsRefusals
    public void confirm() {
        UserAccount account = requests.confirm(id);
        Messages.addFlashGlobalInfo("account_request.confirmed", account.getFullName(), account.getEmail());
        Faces.redirect(listPage());
    }

    @ReportsRefusals
    public void decline() {
        requests.decline(id, reason);
        Messages.addFlashGlobalInfo("account_request.declined", request.getFullName());
        Faces.redirect(listPage());
    }

    @ReportsRefusals
    public void discard() {
        requests.discard(id);
        Messages.addFlashGlobalInfo("account_request.discarded", request.getFullName());
        Faces.redirect(listPage());
    }

    /** The list in the folder of the page, the school's or the coordinator's. */
    private static String listPage() {
        String view = Faces.getViewId();
        return view.substring(1, view.lastIndexOf('/') + 1) + "account-requests.xhtml";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AccountRequest getRequest() {
        return request;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
