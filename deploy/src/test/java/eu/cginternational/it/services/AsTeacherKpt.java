package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls the services as the demo account teacher.kpt (role TEACHER). */
@Stateless
@RunAs(Role.Names.TEACHER)
@PermitAll
public class AsTeacherKpt extends RoleCaller {
}
