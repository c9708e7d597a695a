package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.guidance.Counselling;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /guidance/caseload.xhtml}: the students of the counsellor's school. */
@Named
@RequestScoped
public class CaseloadBacking {

    @Inject
    Counselling counselling;

    private List<UserAccount> students;

    public List<UserAccount> getStudents() {
        if (students == null) {
            students = counselling.caseload();
        }
        return students;
    }
}
