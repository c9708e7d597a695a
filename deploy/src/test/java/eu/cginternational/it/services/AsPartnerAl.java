package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls the services as the demo account partner.al (role PARTNER). */
@Stateless
@RunAs(Role.Names.PARTNER)
@PermitAll
public class AsPartnerAl extends RoleCaller {
}
