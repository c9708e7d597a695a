package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls the services as the demo account ministry.me (role MINISTRY_ADMIN). */
@Stateless
@RunAs(Role.Names.MINISTRY_ADMIN)
@PermitAll
public class AsMinistryMe extends RoleCaller {
}
