package eu.cginternational.service.training;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * Who provides a training: the coordinators, and the staff of the training's provider institution
 * (its school administrators, teachers and partner staff). They keep the attendance sheet, close the
 * training and read its feedback and registrations; anyone else is refused.
 *
 * <p>Partner staff see no more of the catalogue than the trainings their organisation provides:
 * registering is for school staff, so a partner has no other training to look at.
 */
final class TrainingProviders {

    private TrainingProviders() {
    }

    static boolean mayProvide(UserAccount caller, Training training) {
        if (caller.hasRole(Role.COORDINATOR)) {
            return true;
        }
        boolean staff = caller.hasRole(Role.SCHOOL_ADMIN) || caller.hasRole(Role.TEACHER) || caller.hasRole(Role.PARTNER);
        return staff && caller.getInstitution() != null && caller.getInstitution().equals(training.getProvider());
    }

    /** The roles that read the whole catalogue: everyone who may read it but partner staff. */
    static final List<Role> WHOLE_CATALOGUE_READERS = List.of(Role.COORDINATOR, Role.MINISTRY_ADMIN, Role.SCHOOL_ADMIN,
            Role.TEACHER);

    /** Whether the caller reads the whole catalogue. */
    static boolean readsWholeCatalogue(UserAccount caller) {
        return WHOLE_CATALOGUE_READERS.stream().anyMatch(caller::hasRole);
    }

    /** Whether the caller may see the training in the catalogue: any, or (partner staff) one their organisation provides. */
    static boolean maySee(UserAccount caller, Training training) {
        return readsWholeCatalogue(caller) || mayProvide(caller, training);
    }

    static void requireProvider(UserAccount caller, Training training) {
        if (!mayProvide(caller, training)) {
            throw new AccessDeniedException();
        }
    }

    /** The training, read (and locked, for a change) when the caller provides it; "not found" or refused otherwise. */
    static Training provided(EntityManager em, UserAccount caller, long trainingId, boolean lock) {
        Training training = lock ? em.find(Training.class, trainingId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Training.class, trainingId);
        if (training == null) {
            throw new NotFoundException("training.not_found", trainingId);
        }
        requireProvider(caller, training);
        return training;
    }
}
