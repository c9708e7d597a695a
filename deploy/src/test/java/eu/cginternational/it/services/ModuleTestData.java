package eu.cginternational.it.services;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.training.LearningModule;
import eu.cginternational.domain.training.LessonContent;
import eu.cginternational.domain.training.LocalizedText;
import eu.cginternational.domain.training.QuestionPlan;
import eu.cginternational.domain.training.QuestionPlan.ChoicePlan;
import eu.cginternational.domain.training.Quiz;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingMode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes self-paced trainings with a module of two lessons and one quiz directly, and registers
 * people through the training's rules, so that a test sets up its world without the services it tests.
 */
@Stateless
@PermitAll
public class ModuleTestData {

    /** The ids of a made module: the training, its lessons and its quiz with the right and a wrong answer. */
    public record Made(long trainingId, List<Long> lessonIds, long quizId, Map<Long, Set<Long>> rightAnswers,
            Map<Long, Set<Long>> wrongAnswers) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    TestData data;

    /** A self-paced training of Mundus, open now, with no module yet; returns its id. */
    public long selfPacedTraining() {
        return newSelfPacedTraining().getId();
    }

    /** A self-paced training of Mundus, open now, with two lessons and a quiz of two questions (pass mark 100). */
    public Made selfPacedModule() {
        Training training = newSelfPacedTraining();
        LearningModule module = new LearningModule(training);
        module.addLesson(new LessonContent(new LocalizedText("Interest types", "Llojet e interesave", "Tipovi interesovanja"),
                LocalizedText.english("<p>Six types.</p>"), null));
        module.addLesson(new LessonContent(LocalizedText.english("Using the profile"), LocalizedText.english("<p>Next steps.</p>"),
                null));
        Quiz quiz = module.addQuiz(LocalizedText.english("Check"), 100, List.of(
                new QuestionPlan(LocalizedText.english("Helping people is which type?"), false,
                        List.of(new ChoicePlan(LocalizedText.english("Realistic"), false),
                                new ChoicePlan(LocalizedText.english("Social"), true))),
                new QuestionPlan(LocalizedText.english("Which are true?"), true,
                        List.of(new ChoicePlan(LocalizedText.english("Interests, not abilities"), true),
                                new ChoicePlan(LocalizedText.english("A verdict"), false),
                                new ChoicePlan(LocalizedText.english("A starting point"), true)))));
        em.persist(module);
        em.flush();
        var first = quiz.getQuestions().get(0);
        var second = quiz.getQuestions().get(1);
        Map<Long, Set<Long>> right = Map.of(first.getId(), Set.of(first.getChoices().get(1).getId()),
                second.getId(), Set.of(second.getChoices().get(0).getId(), second.getChoices().get(2).getId()));
        Map<Long, Set<Long>> wrong = Map.of(first.getId(), Set.of(first.getChoices().get(0).getId()),
                second.getId(), Set.of(second.getChoices().get(0).getId()));
        return new Made(training.getId(), module.getLessons().stream().map(l -> l.getId()).toList(), quiz.getId(), right, wrong);
    }

    private Training newSelfPacedTraining() {
        Instant now = Instant.now();
        Training training = new Training(new Training.Description(TestData.unique("Self-paced"), "Made by a test.", "tests",
                Language.EN, TrainingMode.SELF_PACED, data.institution("Mundus"), 50, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(30)), false), List.of());
        em.persist(training);
        em.flush();
        return training;
    }

    /** Gives the person a seat in the training. */
    public void register(long trainingId, String username) {
        Training training = em.find(Training.class, trainingId);
        em.persist(training.register(data.account(username), null, Instant.now()));
    }

    public Registration registration(long trainingId, String username) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.training.id = :training AND r.participant.username = :u",
                        Registration.class)
                .setParameter("training", trainingId).setParameter("u", username).getSingleResult();
    }

    public long attempts(long trainingId, String username) {
        return em.createQuery("SELECT COUNT(a) FROM QuizAttempt a WHERE a.registration.training.id = :training"
                        + " AND a.registration.participant.username = :u", Long.class)
                .setParameter("training", trainingId).setParameter("u", username).getSingleResult();
    }
}
