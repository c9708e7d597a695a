package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls the services in the role STUDENT. */
@Stateless
@RunAs(Role.Names.STUDENT)
@PermitAll
public class AsStudent extends RoleCaller {
}
