package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.guidance.ActionPlan;
import eu.cginternational.domain.guidance.ActionStatus;
import eu.cginternational.domain.guidance.PlannedAction;
import eu.cginternational.service.admin.UserAdministration;
import eu.cginternational.service.admin.UserDraft;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.guidance.Counselling;
import eu.cginternational.service.guidance.IndicatorRow;
import eu.cginternational.service.guidance.PolicyIndicators;
import eu.cginternational.service.guidance.StudentGuidance;
import eu.cginternational.service.privacy.Anonymisation;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Counselling in the service, inside the server: the school is the scope of a student's guidance
 * (another school's teacher learns nothing, not even that the student exists), private notes stay
 * with the counsellors, the student marks their own actions, coordinators get counts only, and the
 * indicators never publish a count below five (nor, in the mobility areas, one that would give such a count away). A
 * student who moves to another school starts a new plan there, and the
 * new school reads nothing of the old one's.
 */
@ExtendWith(ArquillianExtension.class)
class CounsellingIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";
    private static final String PLJEVLJA = "SVS-Pljevlja";
    /** KPT's clock: its country's, Albania's (migration 041). */
    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    Counselling counselling;

    @EJB
    PolicyIndicators indicators;

    @EJB
    UserAdministration users;

    @EJB
    Anonymisation anonymisation;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    AsTeacherPljevlja teacherPljevlja;

    @EJB
    AsStudentKpt studentKpt;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsCoordinator coordinator;

    @EJB
    TrainingTestData trainings;

    @EJB
    AsMinistryMe ministryMe;

    @EJB
    TestData data;

    /** A role that may not call the method: the container refuses it (the refusal arrives wrapped by the calling bean). */
    static void assertRefusedByRole(java.util.concurrent.Callable<?> call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call::call);
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        assertThat(chain).hasAtLeastOneElementOfType(EJBAccessException.class);
    }

    private static PageRequest named(String username) {
        return PageRequest.first(PageRequest.MAX_LIMIT).withFilters(Map.of("username", username));
    }

    @Test
    void theCaseloadIsReadAPageAtATimeSortedAndFilteredInTheDatabaseWithinTheSchool() throws Exception {
        String family = TestData.unique("Caseload");
        data.newAccount(Role.STUDENT, KPT, family + " Cela");
        data.newAccount(Role.STUDENT, KPT, family + " Arta");
        data.newAccount(Role.STUDENT, KPT, family + " Besa");
        data.deactivate(data.newAccount(Role.STUDENT, KPT, family + " Dea").getUsername());
        data.newAccount(Role.TEACHER, KPT, family + " Teacher");
        data.newAccount(Role.STUDENT, PLJEVLJA, family + " Elsewhere");
        Map<String, String> ofTheFamily = Map.of("fullName", family);

        Page<UserAccount> first = teacherKpt.call(() -> counselling.caseload(new PageRequest(0, 2, "fullName", true, ofTheFamily)));
        Page<UserAccount> second = teacherKpt.call(() -> counselling.caseload(new PageRequest(2, 2, "fullName", true, ofTheFamily)));
        Page<UserAccount> backwards = schoolKpt.call(() -> counselling.caseload(new PageRequest(0, 2, "fullName", false, ofTheFamily)));

        assertThat(first.total()).as("active students only").isEqualTo(3);
        assertThat(first.items()).extracting(UserAccount::getFullName).containsExactly(family + " Arta", family + " Besa");
        assertThat(second.items()).extracting(UserAccount::getFullName).containsExactly(family + " Cela");
        assertThat(backwards.items()).extracting(UserAccount::getFullName).containsExactly(family + " Cela", family + " Besa");
        assertThat(teacherKpt.call(() -> counselling.caseloadCount(ofTheFamily))).isEqualTo(3);
        assertThat(teacherPljevlja.call(() -> counselling.caseload(new PageRequest(0, 2, "fullName", true, ofTheFamily)).items()))
                .extracting(UserAccount::getFullName).containsExactly(family + " Elsewhere");
        assertThrows(EJBAccessException.class, () -> studentKpt.call(() -> counselling.caseloadCount(ofTheFamily)));
    }

    private long studentKptId() {
        return data.account("student.kpt").getId();
    }

    // Scope

    @Test
    void aTeacherOfAnotherSchoolCannotReadNorWriteAKptStudentsGuidance() throws Exception {
        long student = studentKptId();
        teacherKpt.call(() -> counselling.recordSession(student, LocalDate.now(), "Scope test", "Seen in KPT only", false));

        assertThrows(NotFoundException.class, () -> teacherPljevlja.call(() -> counselling.guidance(student)));
        assertThrows(NotFoundException.class, () -> teacherPljevlja.call(
                () -> counselling.recordSession(student, LocalDate.now(), "Intrusion", null, false)));
        assertThrows(NotFoundException.class, () -> teacherPljevlja.call(
                () -> counselling.addAction(student, "Intrusion", LocalDate.now().plusDays(3))));
        assertThat(teacherPljevlja.call(() -> counselling.caseload(named("student.")).items())).extracting(UserAccount::getUsername)
                .contains("student.pljevlja").doesNotContain("student.kpt");
    }

    @Test
    void aTeacherOfAnotherSchoolCannotMarkAKptStudentsAction() throws Exception {
        long student = studentKptId();
        PlannedAction action = teacherKpt.call(() -> counselling.addAction(student, "Visit the job fair",
                LocalDate.now().plusDays(10)));

        assertThrows(NotFoundException.class, () -> teacherPljevlja.call(
                () -> counselling.markAction(student, action.getId(), ActionStatus.DONE, null)));
    }

    @Test
    void aDeactivatedStudentsGuidanceIsNotFoundAndTakesNothingNew() throws Exception {
        UserAccount student = data.newAccount(Role.STUDENT, KPT);
        long id = student.getId();
        teacherKpt.call(() -> counselling.recordSession(id, LocalDate.now(), "Before leaving", "Seen once", false));
        PlannedAction action = teacherKpt.call(() -> counselling.addAction(id, "Visit the job fair", LocalDate.now().plusDays(10)));
        data.deactivate(student.getUsername());

        assertThrows(NotFoundException.class, () -> teacherKpt.call(() -> counselling.guidance(id)));
        assertThrows(NotFoundException.class, () -> schoolKpt.call(() -> counselling.guidance(id)));
        assertThrows(NotFoundException.class, () -> teacherKpt.call(
                () -> counselling.recordSession(id, LocalDate.now(), "After leaving", "A note about someone gone", false)));
        assertThrows(NotFoundException.class, () -> teacherKpt.call(() -> counselling.setGoals(id, "Goals", null)));
        assertThrows(NotFoundException.class, () -> teacherKpt.call(
                () -> counselling.addAction(id, "Another action", LocalDate.now().plusDays(3))));
        assertThrows(NotFoundException.class, () -> teacherKpt.call(
                () -> counselling.markAction(id, action.getId(), ActionStatus.DONE, null)));
    }

    @Test
    void coordinatorsAndMinistriesHaveNoAccessToAStudentsGuidanceAtAll() {
        long student = studentKptId();
        assertRefusedByRole(() -> coordinator.call(() -> counselling.guidance(student)));
        assertRefusedByRole(() -> ministryMe.call(() -> counselling.guidance(student)));
    }

    @Test
    void aStudentSeesOnlyTheirOwnGuidance() throws Exception {
        long other = data.newAccount(Role.STUDENT, KPT).getId();
        assertThrows(NotFoundException.class, () -> studentKpt.call(() -> counselling.guidance(other)));
        assertThat(studentKpt.call(counselling::mine).studentId()).isEqualTo(studentKptId());
    }

    @Test
    void aSchoolAdministratorReadsButDoesNotCounsel() throws Exception {
        long student = studentKptId();
        assertThat(schoolKpt.call(() -> counselling.guidance(student)).counsellor()).isFalse();
        // Recording is for teachers, who counsel: the role itself is refused.
        assertRefusedByRole(() -> schoolKpt.call(
                () -> counselling.recordSession(student, LocalDate.now(), "Admin", null, false)));
    }

    // Notes

    @Test
    void aPrivateNoteIsSeenByTheCounsellorsButNotByTheStudent() throws Exception {
        long student = data.newAccount(Role.STUDENT, KPT).getId();
        teacherKpt.call(() -> counselling.recordSession(student, LocalDate.now().minusDays(1), "Family situation",
                "Private: talk to the parents first", true));
        teacherKpt.call(() -> counselling.recordSession(student, LocalDate.now(), "CV", "Bring the CV draft", false));

        StudentGuidance asTeacher = teacherKpt.call(() -> counselling.guidance(student));
        StudentGuidance asAdministrator = schoolKpt.call(() -> counselling.guidance(student));

        assertThat(asTeacher.sessions()).extracting(StudentGuidance.Session::notes)
                .containsExactly("Bring the CV draft", "Private: talk to the parents first");
        assertThat(asAdministrator.sessions()).extracting(StudentGuidance.Session::notes)
                .containsExactly("Bring the CV draft", null);
    }

    @Test
    void theStudentReadsTheTopicsOfAPrivateSessionButNotItsNote() throws Exception {
        long student = studentKptId();
        String topic = TestData.unique("Private topic");
        teacherKpt.call(() -> counselling.recordSession(student, LocalDate.now(), topic, "Only for counsellors", true));

        StudentGuidance.Session seen = studentKpt.call(counselling::mine).sessions().stream()
                .filter(s -> s.topics().equals(topic)).findFirst().orElseThrow();

        assertThat(seen.notes()).isNull();
        assertThat(seen.privateNote()).isTrue();
    }

    @Test
    void markupInANoteAndASessionInTheFutureAreRefusedWithTheirReason() {
        long student = studentKptId();
        InvalidInputException markup = assertThrows(InvalidInputException.class, () -> teacherKpt.call(
                () -> counselling.recordSession(student, LocalDate.now(), "CV", "<script>alert(1)</script>", false)));
        InvalidInputException future = assertThrows(InvalidInputException.class, () -> teacherKpt.call(
                () -> counselling.recordSession(student, LocalDate.now().plusDays(2), "CV", null, false)));

        assertThat(markup.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("notes");
        assertThat(future.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("heldOn");
    }

    /**
     * The inputs of one save are checked together: a session with blank topics and a day ahead is told both at once, not
     * the day only at the next save, and nothing is saved.
     */
    @Test
    void aSessionWithBlankTopicsAndADayAheadIsRefusedForBothAtOnce() throws Exception {
        long student = data.newAccount(Role.STUDENT, KPT).getId();
        LocalDate today = teacherKpt.call(() -> counselling.guidance(student)).today();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> teacherKpt.call(
                () -> counselling.recordSession(student, today.plusDays(3), " ", null, false)));

        java.util.Locale language = data.account("teacher.kpt").getLanguage().locale();
        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("heldOn", "topics");
        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::message)
                .contains(Texts.format(language, "guidance.held_on.future"));
        assertThat(teacherKpt.call(() -> counselling.guidance(student)).sessions()).isEmpty();
    }

    /**
     * An action is given a due date from the school's today on: a day passed is refused naming {@code dueOn}, with the
     * other inputs' errors, and nothing is planned; today is taken. An action planned earlier, whose due date has passed
     * since, is still marked done and open again: its due date is not given anew.
     */
    @Test
    void anActionDueOnADayPassedIsRefusedWhileOnePlannedEarlierIsStillMarked() throws Exception {
        long student = data.newAccount(Role.STUDENT, KPT).getId();
        LocalDate today = teacherKpt.call(() -> counselling.guidance(student)).today();

        InvalidInputException passed = assertThrows(InvalidInputException.class, () -> teacherKpt.call(
                () -> counselling.addAction(student, "Due yesterday", today.minusDays(1))));
        InvalidInputException blankAndPassed = assertThrows(InvalidInputException.class, () -> teacherKpt.call(
                () -> counselling.addAction(student, " ", today.minusDays(30))));
        teacherKpt.call(() -> counselling.addAction(student, "Due today", today));
        PlannedAction earlier = data.actionPlannedEarlier(student, "Planned last month", today.minusDays(10));
        PlannedAction done = teacherKpt.call(() -> counselling.markAction(student, earlier.getId(), ActionStatus.DONE,
                earlier.getVersion()));
        teacherKpt.call(() -> counselling.markAction(student, done.getId(), ActionStatus.OPEN, done.getVersion()));

        assertThat(passed.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("dueOn");
        assertThat(passed.getProblems()).extracting(InvalidInputException.Problem::message)
                .containsExactly(Texts.format(data.account("teacher.kpt").getLanguage().locale(), "guidance.due_on.past"));
        assertThat(blankAndPassed.getProblems()).extracting(InvalidInputException.Problem::field)
                .containsExactly("description", "dueOn");
        assertThat(teacherKpt.call(() -> counselling.guidance(student)).actions())
                .extracting(StudentGuidance.Action::description, StudentGuidance.Action::status, StudentGuidance.Action::overdue)
                .containsExactly(tuple("Planned last month", ActionStatus.OPEN, true),
                        tuple("Due today", ActionStatus.OPEN, false));
    }

    // Dates

    /**
     * The day that counts is the school's: a session on today at the school is taken, also while the UTC day is still
     * yesterday (from midnight to 01:00 in Tirana, 02:00 in summer), and the next day at the school is refused and not
     * saved; the guidance gives the same today, by which actions are overdue. Outside those hours the UTC day and the
     * school's agree, and this shows only that the school's day is used; the hours themselves are the domain's tests'.
     */
    @Test
    void aSessionIsDatedAndActionsAreOverdueByTheDayAtTheStudentsSchool() throws Exception {
        long student = data.newAccount(Role.STUDENT, KPT).getId();
        LocalDate before = LocalDate.now(TIRANA);
        LocalDate today = teacherKpt.call(() -> counselling.guidance(student)).today();
        assertThat(today).isIn(before, LocalDate.now(TIRANA));

        teacherKpt.call(() -> counselling.recordSession(student, today, "Held today at the school", null, false));
        InvalidInputException ahead = assertThrows(InvalidInputException.class, () -> teacherKpt.call(
                () -> counselling.recordSession(student, today.plusDays(1), "Held tomorrow at the school", null, false)));
        data.actionPlannedEarlier(student, "Due yesterday", today.minusDays(1));
        teacherKpt.call(() -> counselling.addAction(student, "Due today", today));

        assertThat(ahead.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("heldOn");
        assertThat(ahead.getProblems()).extracting(InvalidInputException.Problem::message)
                .containsExactly(Texts.format(data.account("teacher.kpt").getLanguage().locale(), "guidance.held_on.future"));
        StudentGuidance guidance = teacherKpt.call(() -> counselling.guidance(student));
        assertThat(guidance.sessions()).extracting(StudentGuidance.Session::heldOn, StudentGuidance.Session::topics)
                .containsExactly(tuple(today, "Held today at the school"));
        assertThat(guidance.actions()).extracting(StudentGuidance.Action::description, StudentGuidance.Action::overdue)
                .containsExactly(tuple("Due yesterday", true),
                        tuple("Due today", false));
    }

    // Plan

    @Test
    void theStudentMarksTheirOwnActionDoneAndTheCounsellorSeesIt() throws Exception {
        long student = studentKptId();
        PlannedAction action = teacherKpt.call(() -> counselling.addAction(student, TestData.unique("Write a CV"),
                LocalDate.now().plusDays(7)));

        studentKpt.call(() -> counselling.markAction(student, action.getId(), ActionStatus.DONE, action.getVersion()));

        StudentGuidance seen = teacherKpt.call(() -> counselling.guidance(student));
        assertThat(seen.actions()).filteredOn(a -> a.id() == action.getId())
                .singleElement().satisfies(a -> {
                    assertThat(a.status()).isEqualTo(ActionStatus.DONE);
                    assertThat(a.doneAt()).isNotNull();
                });
    }

    @Test
    void goalsAreKeptPerStudentAndAStaleVersionIsRefused() throws Exception {
        long student = data.newAccount(Role.STUDENT, KPT).getId();
        teacherKpt.call(() -> counselling.setGoals(student, "Find a traineeship in hospitality", ActionPlan.NOT_MADE));
        long version = teacherKpt.call(() -> counselling.guidance(student)).planVersion();
        teacherKpt.call(() -> counselling.setGoals(student, "Find a traineeship in Spain", version));

        assertThrows(ConcurrentChangeException.class,
                () -> teacherKpt.call(() -> counselling.setGoals(student, "Lost update", version)));
        assertThat(teacherKpt.call(() -> counselling.guidance(student)).goals()).isEqualTo("Find a traineeship in Spain");
    }

    @Test
    void goalsSavedOnNoPlanAreRefusedOnceAPlanWasMadeMeanwhile() throws Exception {
        long student = data.newAccount(Role.STUDENT, KPT).getId();
        long seenByBoth = teacherKpt.call(() -> counselling.guidance(student)).planVersion();
        teacherKpt.call(() -> counselling.setGoals(student, "Find a traineeship in hospitality", seenByBoth));

        assertThat(seenByBoth).isEqualTo(ActionPlan.NOT_MADE);
        assertThrows(ConcurrentChangeException.class,
                () -> teacherKpt.call(() -> counselling.setGoals(student, "Replaced unread", seenByBoth)));
        assertThat(teacherKpt.call(() -> counselling.guidance(student)).goals()).isEqualTo("Find a traineeship in hospitality");
    }

    @Test
    void anActionPlannedMeanwhileMakesThePlanThatGoalsSavedOnNoPlanDidNotSee() throws Exception {
        long student = data.newAccount(Role.STUDENT, KPT).getId();
        long seen = teacherKpt.call(() -> counselling.guidance(student)).planVersion();
        teacherKpt.call(() -> counselling.addAction(student, "Visit the job fair", LocalDate.now().plusDays(10)));

        assertThrows(ConcurrentChangeException.class, () -> teacherKpt.call(() -> counselling.setGoals(student, "Goals", seen)));
        assertThat(teacherKpt.call(() -> counselling.guidance(student)).goals()).isNull();
    }

    @Test
    void twoCounsellorsSavingGoalsOnNoPlanAtOnceMakeOnePlanAndTheSecondIsToldItChanged() throws Exception {
        long student = data.newAccount(Role.STUDENT, KPT).getId();
        List<String> outcomes = Race.twice(() -> {
            String goals = TestData.unique("Goals");
            try {
                teacherKpt.call(() -> counselling.setGoals(student, goals, ActionPlan.NOT_MADE));
                return goals;
            } catch (ConcurrentChangeException e) {
                return "changed meanwhile";
            }
        });

        assertThat(outcomes).contains("changed meanwhile").hasSize(2);
        String saved = outcomes.stream().filter(o -> !o.equals("changed meanwhile")).findFirst().orElseThrow();
        assertThat(teacherKpt.call(() -> counselling.guidance(student)).goals()).isEqualTo(saved);
        assertThat(data.auditEvents(AuditEventType.ACTION_PLAN_CHANGED, "student " + student)).as("the loser's rolled back").isEqualTo(1);
    }

    @Test
    void aChangeOfThePlanOrOfAnActionWithoutTheVersionReadIsRefusedNamingIt() throws Exception {
        long student = data.newAccount(Role.STUDENT, KPT).getId();
        PlannedAction action = teacherKpt.call(() -> counselling.addAction(student, "Write a CV", LocalDate.now().plusDays(7)));

        InvalidInputException goals = assertThrows(InvalidInputException.class,
                () -> teacherKpt.call(() -> counselling.setGoals(student, "Without a version", null)));
        InvalidInputException marked = assertThrows(InvalidInputException.class,
                () -> teacherKpt.call(() -> counselling.markAction(student, action.getId(), ActionStatus.DONE, null)));

        assertThat(goals.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("version");
        assertThat(marked.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("version");
        StudentGuidance unchanged = teacherKpt.call(() -> counselling.guidance(student));
        assertThat(unchanged.goals()).isNull();
        assertThat(unchanged.actions()).extracting(StudentGuidance.Action::status).containsExactly(ActionStatus.OPEN);
    }

    // A move to another school

    @Test
    void aStudentWhoMovedGetsANewPlanAtTheNewSchoolWhichReadsNothingOfTheOldOne() throws Exception {
        UserAccount student = data.newAccount(Role.STUDENT, KPT);
        long id = student.getId();
        teacherKpt.call(() -> counselling.setGoals(id, "Goals agreed at KPT", ActionPlan.NOT_MADE));
        PlannedAction atKpt = teacherKpt.call(() -> counselling.addAction(id, "Planned at KPT", LocalDate.now().plusDays(7)));
        moveTo(student.getUsername(), PLJEVLJA);

        StudentGuidance arrived = teacherPljevlja.call(() -> counselling.guidance(id));
        teacherPljevlja.call(() -> counselling.setGoals(id, "Goals agreed at Pljevlja", arrived.planVersion()));
        teacherPljevlja.call(() -> counselling.addAction(id, "Planned at Pljevlja", LocalDate.now().plusDays(14)));

        assertThat(arrived.goals()).isNull();
        assertThat(arrived.actions()).isEmpty();
        StudentGuidance atPljevlja = teacherPljevlja.call(() -> counselling.guidance(id));
        assertThat(atPljevlja.goals()).isEqualTo("Goals agreed at Pljevlja");
        assertThat(atPljevlja.actions()).extracting(StudentGuidance.Action::description).containsExactly("Planned at Pljevlja");
        assertThrows(NotFoundException.class, () -> teacherPljevlja.call(
                () -> counselling.markAction(id, atKpt.getId(), ActionStatus.DONE, atKpt.getVersion())));
        assertThat(data.actionPlansOf(id)).as("the old school's plan is kept")
                .containsExactly(KPT + ": Goals agreed at KPT", PLJEVLJA + ": Goals agreed at Pljevlja");

        moveTo(student.getUsername(), KPT);
        StudentGuidance back = teacherKpt.call(() -> counselling.guidance(id));
        assertThat(back.goals()).as("back at KPT, its plan as it was").isEqualTo("Goals agreed at KPT");
        assertThat(back.actions()).extracting(StudentGuidance.Action::description).containsExactly("Planned at KPT");
    }

    @Test
    void anonymisingAStudentWhoMovedDeletesThePlanOfEachSchool() throws Exception {
        UserAccount student = data.newAccount(Role.STUDENT, KPT);
        long id = student.getId();
        teacherKpt.call(() -> counselling.setGoals(id, "Goals agreed at KPT", ActionPlan.NOT_MADE));
        moveTo(student.getUsername(), PLJEVLJA);
        teacherPljevlja.call(() -> counselling.addAction(id, "Planned at Pljevlja", LocalDate.now().plusDays(14)));
        data.deactivate(student.getUsername());

        coordinator.call(() -> anonymisation.anonymise(id, data.account(student.getUsername()).getVersion()));

        assertThat(data.actionPlansOf(id)).isEmpty();
    }

    /** Moves an account to another school, as a coordinator does on the user's page. */
    private void moveTo(String username, String school) throws Exception {
        UserDraft draft = UserDraft.of(data.account(username));
        draft.setInstitutionId(data.institution(school).getId());
        coordinator.call(() -> users.update(data.account(username).getId(), draft));
    }

    // Indicators

    @Test
    void countsBelowFiveAreSuppressedAndCountsOfFiveOrMoreShown() throws Exception {
        long few = data.newAccount(Role.STUDENT, KPT).getId();
        teacherKpt.call(() -> counselling.recordSession(few, LocalDate.now(), "Indicator test", null, false));

        List<IndicatorRow> rows = coordinator.call(indicators::all);

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            if (row.count() >= 1 && row.count() <= 4) {
                assertThat(row.shown()).isEqualTo("<5");
            } else if (row.protecting()) {
                assertThat(row.area().name()).startsWith("MOBILITIES_");
                assertThat(row.shown()).isEqualTo(IndicatorRow.PROTECTING);
            } else {
                assertThat(row.shown()).isEqualTo(Long.toString(row.count()));
            }
        });
        // The demo data has mobilities of KPT; enough sessions of KPT exist after this test's own ones.
        for (int i = 0; i < 5; i++) {
            teacherKpt.call(() -> counselling.recordSession(few, LocalDate.now(), "Indicator test", null, false));
        }
        IndicatorRow kptSessions = coordinator.call(() -> indicators.area(IndicatorRow.Area.GUIDANCE_SESSIONS)).stream()
                .filter(r -> r.school().equals(KPT)).findFirst().orElseThrow();
        assertThat(kptSessions.count()).isGreaterThanOrEqualTo(6);
        assertThat(kptSessions.shown()).isEqualTo(Long.toString(kptSessions.count()));
    }

    @Test
    void trainingsCompletedAreCountedForTheSchoolOfTheirParticipants() throws Exception {
        long before = completedAtKpt();
        long training = trainings.openTraining(10, false).getId();
        trainings.fillSeats(training, KPT, 5);
        trainings.completeSeats(training);

        assertThat(completedAtKpt()).isEqualTo(before + 5);
        assertThat(ministryMe.call(() -> indicators.area(IndicatorRow.Area.TRAININGS_COMPLETED)))
                .allSatisfy(row -> assertThat(row.country()).isEqualTo("ME"));
    }

    private long completedAtKpt() throws Exception {
        return coordinator.call(() -> indicators.area(IndicatorRow.Area.TRAININGS_COMPLETED)).stream()
                .filter(row -> row.school().equals(KPT)).mapToLong(IndicatorRow::count).sum();
    }

    @Test
    void aMinistrySeesOnlyTheSchoolsOfItsCountry() throws Exception {
        long student = studentKptId();
        teacherKpt.call(() -> counselling.recordSession(student, LocalDate.now(), "Ministry scope", null, false));

        assertThat(ministryMe.call(indicators::all)).allSatisfy(row -> assertThat(row.country()).isEqualTo("ME"));
        assertThat(coordinator.call(indicators::all)).anySatisfy(row -> assertThat(row.country()).isEqualTo("AL"));
    }

    @Test
    void teachersAndStudentsHaveNoIndicators() {
        assertRefusedByRole(() -> teacherKpt.call(indicators::all));
        assertRefusedByRole(() -> studentKpt.call(indicators::all));
    }
}
