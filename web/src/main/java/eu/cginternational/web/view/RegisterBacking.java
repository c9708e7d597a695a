package eu.cginternational.web.view;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.service.account.AccountRequestDraft;
import eu.cginternational.service.account.AccountRequests;
import eu.cginternational.service.directory.InstitutionDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * {@code /register.xhtml}: a teacher or a student asks for an account at their school, in the language of the page.
 * The answer is the same whether or not the address is already known, so the form tells nobody who is registered.
 */
@Named
@RequestScoped
public class RegisterBacking {

    /** The roles one may ask for ({@code AccountRequest.REQUESTABLE_ROLES}), students first as the most. */
    private static final List<Role> ROLES = List.of(Role.STUDENT, Role.TEACHER);

    @Inject
    AccountRequests requests;

    @Inject
    InstitutionDirectory directory;

    @Inject
    ActiveUser activeUser;

    private AccountRequestDraft draft = new AccountRequestDraft();

    private List<Institution> schools;

    @ReportsRefusals
    public void send() {
        draft.setLanguage(activeUser.getLanguage());
        requests.submit(draft);
        draft = new AccountRequestDraft();
        Messages.addGlobalInfo("register.sent");
    }

    public AccountRequestDraft getDraft() {
        return draft;
    }

    public List<Role> getRoles() {
        return ROLES;
    }

    public List<Institution> getSchools() {
        if (schools == null) {
            schools = directory.schools();
        }
        return schools;
    }
}
