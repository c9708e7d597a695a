package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls the services as the demo account teacher.pljevlja (role TEACHER), a teacher of SVS-Pljevlja. */
@Stateless
@RunAs(Role.Names.TEACHER)
@PermitAll
public class AsTeacherPljevlja extends RoleCaller {
}
