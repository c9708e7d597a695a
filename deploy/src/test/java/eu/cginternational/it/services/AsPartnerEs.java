package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls the services as the demo account partner.es (role PARTNER). */
@Stateless
@RunAs(Role.Names.PARTNER)
@PermitAll
public class AsPartnerEs extends RoleCaller {
}
