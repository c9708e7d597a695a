package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import jakarta.annotation.security.DeclareRoles;
import java.util.concurrent.Callable;

/**
 * Runs a piece of a test in a role, the way a signed-in person of that role calls the services.
 * Subclasses are EJBs with {@code @RunAs}; the run-as identity is named after the role, since the
 * domain maps principals to roles by name.
 */
@DeclareRoles({Role.Names.COORDINATOR, Role.Names.STUDENT, Role.Names.SCHOOL_ADMIN, Role.Names.MINISTRY_ADMIN,
        Role.Names.TEACHER, Role.Names.PARTNER})
public abstract class RoleCaller {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
