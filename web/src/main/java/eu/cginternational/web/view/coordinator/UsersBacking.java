package eu.cginternational.web.view.coordinator;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.admin.UserAdministration;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/** {@code /coordinator/users.xhtml}: every account, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration users;

    private PagedModel<UserAccount> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(users::list, users::count, UserAccount::getId);
    }

    public PagedModel<UserAccount> getModel() {
        return model;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    /** The person's roles as the page names them, for the export, whose cells are text. */
    public String roleLabels(UserAccount user) {
        ResourceBundle texts = Faces.getResourceBundle("i18n");
        return user.getRoles().stream().map(role -> texts.getString("Role." + role.name())).sorted()
                .collect(Collectors.joining(", "));
    }
}
