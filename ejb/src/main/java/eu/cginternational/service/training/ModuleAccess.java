package eu.cginternational.service.training;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.training.ModuleRuleException;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.error.RejectedException;
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

    /** Runs a change of a module and turns a broken rule into a refusal ({@code module.rule.NAME}). */
    static <T> T ruled(Supplier<T> change) {
        try {
            return change.get();
        } catch (ModuleRuleException e) {
            throw new RejectedException("module.rule." + e.getRule().name(), e.getArguments());
        }
    }
}
