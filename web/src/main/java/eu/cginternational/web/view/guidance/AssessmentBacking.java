package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.guidance.InterestItem;
import eu.cginternational.domain.guidance.Questionnaire;
import eu.cginternational.service.guidance.InterestAssessments;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * {@code /guidance/assessment.xhtml}: a student answers the interest questionnaire, then sees the
 * scores as a chart, the three-letter code and the best-fitting occupations; earlier results stay
 * listed and charted for comparison, and the questionnaire can be taken again.
 */
@Named
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InterestAssessments assessments;

    @Inject
    ActiveUser activeUser;

    private Questionnaire questionnaire;
    private final Map<Integer, Integer> answers = new HashMap<>();
    private ResultsView results;
    private boolean answering;

    @PostConstruct
    void init() {
        questionnaire = assessments.questionnaire();
        results = new ResultsView(assessments.mine(), activeUser.getLocale(), activeUser.getTimeZone());
        answering = results.isEmpty();
    }

    @ReportsRefusals
    public void submit() {
        assessments.complete(answers);
        results = new ResultsView(assessments.mine(), activeUser.getLocale(), activeUser.getTimeZone());
        answers.clear();
        answering = false;
        Messages.addGlobalInfo("assessment.completed");
    }

    public void retake() {
        answers.clear();
        answering = true;
    }

    public List<InterestItem> getItems() {
        return questionnaire.items();
    }

    public String statement(InterestItem item) {
        return item.statement().in(activeUser.getLanguage());
    }

    public Map<Integer, Integer> getAnswers() {
        return answers;
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public ResultsView getResults() {
        return results;
    }

    public boolean isAnswering() {
        return answering;
    }
}
