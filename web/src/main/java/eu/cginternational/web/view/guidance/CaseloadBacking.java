package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.guidance.Counselling;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /guidance/caseload.xhtml}: the students of the counsellor's school, a page at a time. */
@Named
@ViewScoped
public class CaseloadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Counselling counselling;

    private PagedModel<UserAccount> students;

    @PostConstruct
    void init() {
        students = new PagedModel<>(counselling::caseloadItems, counselling::caseloadCount, UserAccount::getId);
    }

    public PagedModel<UserAccount> getStudents() {
        return students;
    }
}
