package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls the services as the demo account school.kpt (role SCHOOL_ADMIN). */
@Stateless
@RunAs(Role.Names.SCHOOL_ADMIN)
@PermitAll
public class AsSchoolKpt extends RoleCaller {
}
