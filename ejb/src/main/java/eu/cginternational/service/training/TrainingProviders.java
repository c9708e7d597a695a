package eu.cginternational.service.training;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.error.AccessDeniedException;

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

    /** Whether the caller reads the whole catalogue: everyone but partner staff. */
    static boolean readsWholeCatalogue(UserAccount caller) {
        return caller.hasRole(Role.COORDINATOR) || caller.hasRole(Role.MINISTRY_ADMIN) || caller.hasRole(Role.SCHOOL_ADMIN)
                || caller.hasRole(Role.TEACHER);
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
}
