package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.training.CompletionBasis;
import eu.cginternational.domain.training.Lesson;
import eu.cginternational.domain.training.ModuleProgress;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.training.LearningModules;
import eu.cginternational.service.training.LessonDraft;
import eu.cginternational.service.training.ModuleAuthoring;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Self-paced modules in the services, inside the server: attempts are scored by the service and all
 * kept, a failed quiz can be taken again, the module completes the registration once everything is
 * done (also when an author removes the last item left), only participants and authors read it, and
 * rich text loses its scripts on save.
 */
@ExtendWith(ArquillianExtension.class)
class LearningModuleIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    LearningModules modules;

    @EJB
    ModuleAuthoring authoring;

    @EJB
    ModuleTestData data;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    AsCoordinator coordinator;

    @EJB
    TrainingTestData trainings;

    @EJB
    TestData people;

    @Test
    void theServiceScoresAttemptsKeepsFailedOnesAndAllowsARetake() throws Exception {
        ModuleTestData.Made made = data.selfPacedModule();
        data.register(made.trainingId(), "teacher.kpt");
        var failed = teacherKpt.call(() -> modules.attempt(made.trainingId(), made.quizId(), made.wrongAnswers()));
        assertThat(failed.attempt().isPassed()).isFalse();
        assertEquals(0, failed.attempt().getScore().percent());
        var passed = teacherKpt.call(() -> modules.attempt(made.trainingId(), made.quizId(), made.rightAnswers()));
        assertThat(passed.attempt().isPassed()).isTrue();
        assertEquals(100, passed.attempt().getScore().percent());
        assertEquals(2, data.attempts(made.trainingId(), "teacher.kpt"));
        assertThat(passed.completed()).isFalse();
    }

    @Test
    void answersOfAnotherQuizAreRefusedAndNothingIsKept() throws Exception {
        ModuleTestData.Made made = data.selfPacedModule();
        ModuleTestData.Made other = data.selfPacedModule();
        data.register(made.trainingId(), "teacher.kpt");
        var e = assertThrows(RejectedException.class,
                () -> teacherKpt.call(() -> modules.attempt(made.trainingId(), made.quizId(), other.rightAnswers())));
        assertEquals("module.rule.UNKNOWN_ANSWER", e.getMessageKey());
        assertEquals(0, data.attempts(made.trainingId(), "teacher.kpt"));
    }

    @Test
    void theModuleCompletesTheRegistrationWhenEveryLessonIsDoneAndTheQuizPassed() throws Exception {
        ModuleTestData.Made made = data.selfPacedModule();
        data.register(made.trainingId(), "teacher.kpt");
        ModuleProgress first = teacherKpt.call(() -> modules.markDone(made.trainingId(), made.lessonIds().get(0)));
        assertEquals(1, first.getDone());
        assertEquals(3, first.getTotal());
        assertThat(first.next().map(item -> item.getId())).contains(made.lessonIds().get(1));
        teacherKpt.call(() -> modules.markDone(made.trainingId(), made.lessonIds().get(0)));
        teacherKpt.call(() -> modules.markDone(made.trainingId(), made.lessonIds().get(1)));
        assertThat(data.registration(made.trainingId(), "teacher.kpt").isCompleted()).isFalse();
        var passed = teacherKpt.call(() -> modules.attempt(made.trainingId(), made.quizId(), made.rightAnswers()));
        assertThat(passed.completed()).isTrue();
        assertThat(passed.progress().isComplete()).isTrue();
        Registration registration = data.registration(made.trainingId(), "teacher.kpt");
        assertThat(registration.isCompleted()).isTrue();
        assertEquals(CompletionBasis.SELF_PACED_MODULE, registration.getCompletionBasis());
        assertThat(registration.getCertificateCode()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        var reading = teacherKpt.call(() -> modules.read(made.trainingId()));
        assertEquals(3, reading.progress().getDone());
    }

    @Test
    void removingTheLastItemAParticipantHadLeftCompletesTheirSeat() throws Exception {
        long training = data.selfPacedTraining();
        long first = coordinator.call(() -> authoring.addLesson(training, null, lesson("Interest types")).getId());
        long second = coordinator.call(() -> authoring.addLesson(training, version(training), lesson("Using the profile")).getId());
        data.register(training, "teacher.kpt");
        data.register(training, "teacher.pljevlja");
        teacherKpt.call(() -> modules.markDone(training, first));

        coordinator.call(() -> {
            authoring.remove(training, version(training), "L" + second);
            return null;
        });

        Registration completed = data.registration(training, "teacher.kpt");
        assertThat(completed.isCompleted()).isTrue();
        assertEquals(CompletionBasis.SELF_PACED_MODULE, completed.getCompletionBasis());
        assertThat(completed.getCertificateCode()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(people.notificationsOf("teacher.kpt", "/trainings/training.xhtml?id=" + training))
                .anySatisfy(n -> assertThat(n.getText()).contains(completed.getCertificateCode()));
        assertThat(data.registration(training, "teacher.pljevlja").isCompleted()).isFalse();
    }

    @Test
    void someoneWithoutASeatCannotReadMarkOrAttempt() throws Exception {
        ModuleTestData.Made made = data.selfPacedModule();
        assertThrows(AccessDeniedException.class, () -> teacherKpt.call(() -> modules.read(made.trainingId())));
        assertThrows(AccessDeniedException.class,
                () -> teacherKpt.call(() -> modules.attempt(made.trainingId(), made.quizId(), made.rightAnswers())));
        assertThrows(AccessDeniedException.class,
                () -> teacherKpt.call(() -> modules.markDone(made.trainingId(), made.lessonIds().get(0))));
        assertThrows(AccessDeniedException.class, () -> schoolPljevlja.call(() -> modules.read(made.trainingId())));
        assertEquals(0, data.attempts(made.trainingId(), "teacher.kpt"));
    }

    @Test
    void aTrainingWithSessionsHasNoModule() throws Exception {
        long withSessions = trainings.openTraining(5, false).getId();
        assertThrows(NotFoundException.class, () -> coordinator.call(() -> modules.read(withSessions)));
    }

    @Test
    void theSanitiserStripsScriptsFromLessonsOnSave() throws Exception {
        ModuleTestData.Made made = data.selfPacedModule();
        LessonDraft draft = new LessonDraft();
        draft.setTitleEn("Safe lesson");
        draft.setBodyEn("<p onclick=\"steal()\">Read <b>this</b></p><script>alert('x')</script>"
                + "<a href=\"javascript:alert(1)\">bad</a> <a href=\"https://example.org/guide\">guide</a>"
                + "<iframe src=\"https://evil.example.org\"></iframe><img src=x onerror=alert(2)>");
        draft.setBodySq("<p>Lexo</p><script>alert(3)</script>");
        Lesson lesson = coordinator.call(() -> authoring.addLesson(made.trainingId(), version(made.trainingId()), draft));
        String body = lesson.getBody().en();
        assertThat(body).contains("<b>this</b>", "https://example.org/guide", "Read")
                .doesNotContain("script", "onclick", "javascript:", "iframe", "onerror", "<img");
        assertThat(lesson.getBody().sq()).isEqualTo("<p>Lexo</p>");
        LessonDraft scriptTitle = new LessonDraft();
        scriptTitle.setTitleEn("<script>alert(1)</script>");
        scriptTitle.setBodyEn("<p>x</p>");
        assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> authoring.addLesson(made.trainingId(), version(made.trainingId()), scriptTitle)));
    }

    @Test
    void aLessonFileIsCheckedKeptAndDownloadedByAParticipant() throws Exception {
        ModuleTestData.Made made = data.selfPacedModule();
        long lesson = made.lessonIds().get(0);
        byte[] pdf = "%PDF-1.7 RIASEC worksheet".getBytes(StandardCharsets.US_ASCII);
        long resource = coordinator.call(() -> authoring.attach(made.trainingId(), version(made.trainingId()), lesson, "worksheet.pdf", pdf).getId());
        var renamed = assertThrows(RejectedException.class, () -> coordinator.call(() -> authoring.attach(made.trainingId(),
                version(made.trainingId()), lesson, "worksheet.pdf", "MZ program".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("module.rule.FILE_CONTENT_MISMATCH", renamed.getMessageKey());
        assertThrows(AccessDeniedException.class, () -> teacherKpt.call(() -> modules.resource(made.trainingId(), resource)));
        data.register(made.trainingId(), "teacher.kpt");
        var file = teacherKpt.call(() -> modules.resource(made.trainingId(), resource));
        assertEquals("application/pdf", file.getContentType());
        assertThat(file.getContent()).isEqualTo(pdf);
    }

    @Test
    void onlyAuthorsBuildAModuleAndAnItemSomeoneDidStays() throws Exception {
        ModuleTestData.Made made = data.selfPacedModule();
        LessonDraft draft = new LessonDraft();
        draft.setTitleEn("Not mine");
        draft.setBodyEn("<p>x</p>");
        assertThrows(AccessDeniedException.class,
                () -> schoolPljevlja.call(() -> authoring.addLesson(made.trainingId(), null, draft)));
        data.register(made.trainingId(), "teacher.kpt");
        teacherKpt.call(() -> modules.markDone(made.trainingId(), made.lessonIds().get(0)));
        var e = assertThrows(RejectedException.class, () -> coordinator.call(() -> {
            authoring.remove(made.trainingId(), version(made.trainingId()), "L" + made.lessonIds().get(0));
            return null;
        }));
        assertEquals("module.item_in_use", e.getMessageKey());
    }

    /** The module's version as its author reads it, named by every change once the module exists; called as an author. */
    private Long version(long training) {
        return modules.read(training).module().getVersion();
    }

    private static LessonDraft lesson(String title) {
        LessonDraft draft = new LessonDraft();
        draft.setTitleEn(title);
        draft.setBodyEn("<p>" + title + "</p>");
        return draft;
    }
}
