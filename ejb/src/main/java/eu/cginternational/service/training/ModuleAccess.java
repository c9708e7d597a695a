package eu.cginternational.service.training;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.training.LearningModule;
import eu.cginternational.domain.training.ModuleRuleException;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who may do what with a self-paced module. Authors are the coordinator and the staff who speak for
 * the provider institution (its school administrators or partner representatives); they build the
 * module and read it whole. Participants are the people holding a seat (a REGISTERED registration);
 * they read it, mark lessons done and take quizzes. Nobody else reads it.
 */
final class ModuleAccess {

    private ModuleAccess() {
    }

    static boolean isAuthor(UserAccount caller, Training training) {
        return caller.hasRole(Role.COORDINATOR)
                || ((caller.hasRole(Role.SCHOOL_ADMIN) || caller.hasRole(Role.PARTNER))
                        && caller.getInstitution().equals(training.getProvider()));
    }

    /** The training, when it exists and is self-paced; 404 otherwise. */
    static Training selfPaced(EntityManager em, long trainingId) {
        return requireSelfPaced(em.find(Training.class, trainingId), trainingId);
    }

    /**
     * The same, its row locked until the transaction ends. A participant's step (a lesson done, a quiz
     * attempted) and an author's removal of an item take this lock first, so that the later one sees
     * the other's change: otherwise each could find the module unfinished, the participant still
     * seeing the item being removed and the author not yet seeing their step, and neither would
     * complete the seat.
     */
    static Training lockedSelfPaced(EntityManager em, long trainingId) {
        return requireSelfPaced(em.find(Training.class, trainingId, LockModeType.PESSIMISTIC_WRITE), trainingId);
    }

    private static Training requireSelfPaced(Training training, long trainingId) {
        if (training == null || !training.isSelfPaced()) {
            throw new NotFoundException("module.not_found", trainingId);
        }
        return training;
    }

    /** The module of a self-paced training, once its first lesson or quiz was added. */
    static Optional<LearningModule> moduleOf(EntityManager em, Training training) {
        return em.createQuery("SELECT m FROM LearningModule m WHERE m.training = :training", LearningModule.class)
                .setParameter("training", training)
                .getResultStream().findFirst();
    }

    /** Runs a change of a module and turns a broken rule into a refusal ({@code module.rule.NAME}). */
    static <T> T ruled(Supplier<T> change) {
        try {
            return change.get();
        } catch (ModuleRuleException e) {
            throw new RejectedException("module.rule." + e.getRule().name(), e.getArguments());
        }
    }
}
