package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls the services in the role COORDINATOR. */
@Stateless
@RunAs(Role.Names.COORDINATOR)
@PermitAll
public class AsCoordinator extends RoleCaller {
}
