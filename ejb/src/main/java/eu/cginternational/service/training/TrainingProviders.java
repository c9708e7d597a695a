package eu.cginternational.service.training;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.error.AccessDeniedException;

/**
 * Who provides a training: the coordinators, and the staff of the training's provider institution
 * (its school administrators, teachers and partner staff). They keep the attendance sheet, close the
 * training and read its feedback and registrations; anyone else is refused.
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

    static void requireProvider(UserAccount caller, Training training) {
        if (!mayProvide(caller, training)) {
            throw new AccessDeniedException();
        }
    }
}
