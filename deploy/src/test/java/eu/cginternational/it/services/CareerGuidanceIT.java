package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.guidance.DemandLevel;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.guidance.AssessmentResult;
import eu.cginternational.service.guidance.CountryProfileDraft;
import eu.cginternational.service.guidance.CountryProfiles;
import eu.cginternational.service.guidance.InterestAssessments;
import eu.cginternational.service.guidance.OccupationCatalogue;
import eu.cginternational.service.guidance.OccupationDraft;
import eu.cginternational.service.query.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Career guidance in the services, inside the server: the data loaded by migration 016, who reads
 * a student's interest results (the student and the staff of the student's school, nobody else),
 * and the coordinator's corrections against the version seen.
 */
@ExtendWith(ArquillianExtension.class)
class CareerGuidanceIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    InterestAssessments assessments;

    @EJB
    OccupationCatalogue occupations;

    @EJB
    CountryProfiles profiles;

    @EJB
    AsStudentKpt studentKpt;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    AsTeacherPljevlja teacherPljevlja;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    AsCoordinator coordinator;

    @EJB
    TestData data;

    /** The same answer to every item of a type, in the file's order R, I, A, S, E, C repeated. */
    static Map<Integer, Integer> answers(int r, int i, int a, int s, int e, int c) {
        int[] byType = {r, i, a, s, e, c};
        Map<Integer, Integer> answers = new HashMap<>();
        for (int number = 1; number <= 36; number++) {
            answers.put(number, byType[(number - 1) % 6]);
        }
        return answers;
    }

    @Test
    void theStudentAndTheCounsellorsOfTheSchoolReadTheResultsAndATeacherOfAnotherSchoolCannot() throws Exception {
        AssessmentResult done = studentKpt.call(() -> assessments.complete(answers(2, 1, 3, 5, 4, 1)));
        assertThat(done.code().toString()).isEqualTo("SEA");
        long student = data.account("student.kpt").getId();

        List<AssessmentResult> seenByTeacher = teacherKpt.call(() -> assessments.resultsOf(student));
        assertThat(seenByTeacher).extracting(AssessmentResult::id).contains(done.id());
        assertThat(schoolKpt.call(() -> assessments.resultsOf(student))).isNotEmpty();
        assertThat(studentKpt.call(() -> assessments.resultsOf(student))).isNotEmpty();

        assertThrows(AccessDeniedException.class, () -> teacherPljevlja.call(() -> assessments.resultsOf(student)));
        assertThrows(AccessDeniedException.class, () -> schoolPljevlja.call(() -> assessments.resultsOf(student)));
        assertThrows(EJBAccessException.class, () -> coordinator.call(() -> assessments.resultsOf(student)));
    }

    @Test
    void aTeacherCannotReadTheResultsOfAColleagueOrOfAnAccountThatDoesNotExist() throws Exception {
        long colleague = data.account("school.kpt").getId();
        assertThrows(AccessDeniedException.class, () -> teacherKpt.call(() -> assessments.resultsOf(colleague)));
        assertThrows(AccessDeniedException.class, () -> teacherKpt.call(() -> assessments.resultsOf(Long.MAX_VALUE)));
    }

    @Test
    void theResultsOfADeactivatedStudentAreNoLongerTheSchoolsToRead() throws Exception {
        UserAccount left = data.newAccount(Role.STUDENT, "Kolegji Profesional i Tiranës");
        data.deactivate(left.getUsername());

        assertThrows(AccessDeniedException.class, () -> teacherKpt.call(() -> assessments.resultsOf(left.getId())));
        assertThrows(AccessDeniedException.class, () -> schoolKpt.call(() -> assessments.resultsOf(left.getId())));
    }

    @Test
    void retakingKeepsEveryResultNewestFirst() throws Exception {
        studentKpt.call(() -> assessments.complete(answers(5, 4, 1, 1, 1, 3)));
        studentKpt.call(() -> assessments.complete(answers(1, 1, 5, 4, 3, 1)));
        List<AssessmentResult> mine = studentKpt.call(() -> assessments.mine());
        assertThat(mine.size()).isGreaterThanOrEqualTo(2);
        assertThat(mine.get(0).code().toString()).isEqualTo("ASE");
        assertThat(mine.get(1).code().toString()).isEqualTo("RIC");
        assertThat(mine.get(0).matches()).hasSize(InterestAssessments.MATCHES);
        assertThat(mine.get(0).matches().get(0).occupation().getRiasec()).startsWith("A");
    }

    @Test
    void incompleteAnswersAreRefusedAndNothingIsStored() throws Exception {
        int before = studentKpt.call(() -> assessments.mine()).size();
        Map<Integer, Integer> incomplete = answers(3, 3, 3, 3, 3, 3);
        incomplete.remove(36);
        RejectedException refused = assertThrows(RejectedException.class,
                () -> studentKpt.call(() -> assessments.complete(incomplete)));
        assertThat(refused.getMessageKey()).isEqualTo("assessment.rule.ANSWERS_MISSING");
        assertThat(studentKpt.call(() -> assessments.mine())).hasSize(before);
        assertThrows(EJBAccessException.class, () -> teacherKpt.call(() -> assessments.complete(answers(3, 3, 3, 3, 3, 3))));
    }

    @Test
    void migration016LoadedTheOccupationsAndProfiles() throws Exception {
        long all = studentKpt.call(() -> occupations.count(Map.of()));
        assertThat(all).isGreaterThanOrEqualTo(150);
        List<Occupation> shortageInFinland = studentKpt.call(() -> occupations.list(
                new PageRequest(0, 200, null, true, Map.of("country", "FI"))));
        assertThat(shortageInFinland).extracting(Occupation::getIscoCode).contains("3221", "5321");
        assertThat(shortageInFinland).allSatisfy(o ->
                assertThat(o.demandIn("FI").orElseThrow().getLevel()).isEqualTo(DemandLevel.SHORTAGE));
        assertThat(studentKpt.call(() -> profiles.all())).hasSize(9);
    }

    @Test
    void theCoordinatorCorrectsAnOccupationAgainstTheVersionSeenAndAStaleVersionIsRefused() throws Exception {
        OccupationDraft draft = coordinator.call(() -> OccupationDraft.of(occupations.get("7234")));
        draft.setDescriptionEn("Assembles, services and repairs bicycles, e-bikes and cargo bikes.");
        draft.getDemand().stream().filter(d -> d.getCountryCode().equals("NL")).findFirst().orElseThrow()
                .setLevel(DemandLevel.SHORTAGE);
        Occupation saved = coordinator.call(() -> occupations.revise("7234", draft));
        assertThat(saved.getVersion()).isEqualTo(draft.getVersion() + 1);
        assertThat(saved.demandIn("NL").orElseThrow().getLevel()).isEqualTo(DemandLevel.SHORTAGE);
        assertThat(data.auditEvents(AuditEventType.OCCUPATION_UPDATED, "occupation 7234")).isPositive();

        draft.setDescriptionEn("A stale change.");
        assertThrows(ConcurrentChangeException.class, () -> coordinator.call(() -> occupations.revise("7234", draft)));
    }

    @Test
    void markupUnknownSourcesAndBadCodesAreRefused() throws Exception {
        OccupationDraft draft = coordinator.call(() -> OccupationDraft.of(occupations.get("7313")));
        draft.setTitleSq("<script>alert(1)</script>");
        assertThrows(InvalidInputException.class, () -> coordinator.call(() -> occupations.revise("7313", draft)));
        OccupationDraft unknownSource = coordinator.call(() -> OccupationDraft.of(occupations.get("7313")));
        unknownSource.getDemand().get(0).setSourceCode("MY-GUESS");
        assertThrows(InvalidInputException.class, () -> coordinator.call(() -> occupations.revise("7313", unknownSource)));
        OccupationDraft badCode = coordinator.call(() -> OccupationDraft.of(occupations.get("7313")));
        badCode.setRiasec("RR");
        assertThrows(InvalidInputException.class, () -> coordinator.call(() -> occupations.revise("7313", badCode)));
        assertThrows(EJBAccessException.class, () -> teacherKpt.call(() -> occupations.revise("7313", badCode)));
    }

    @Test
    void aWageFigureWithoutItsYearIsRefused() throws Exception {
        CountryProfileDraft draft = coordinator.call(() -> CountryProfileDraft.of(profiles.get("NL")));
        draft.setWageYear(null);
        assertThrows(InvalidInputException.class, () -> coordinator.call(() -> profiles.revise("NL", draft)));
        CountryProfileDraft links = coordinator.call(() -> CountryProfileDraft.of(profiles.get("NL")));
        links.setLinksSq("Diku=javascript:alert(1)");
        assertThrows(InvalidInputException.class, () -> coordinator.call(() -> profiles.revise("NL", links)));
    }

    @Test
    void theLinksOfEachLanguageNameTheSameAddresses() throws Exception {
        String before = coordinator.call(() -> profiles.get("NL")).getLinks().getCnr();
        CountryProfileDraft draft = coordinator.call(() -> CountryProfileDraft.of(profiles.get("NL")));
        draft.setLinksCnr("Vladine informacije=https://www.government.nl|Imigracija=https://example.org");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> profiles.revise("NL", draft)));

        assertThat(refused.getProblems()).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("links"))
                .satisfies(problem -> assertThat(problem.message()).contains("same addresses"));
        assertThat(coordinator.call(() -> profiles.get("NL")).getLinks().getCnr()).isEqualTo(before);
    }
}
