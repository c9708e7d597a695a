package eu.cginternational.it.services;

import eu.cginternational.domain.account.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls the services as the demo account student.kpt (role STUDENT), a student of Kolegji Profesional i Tiranës. */
@Stateless
@RunAs(Role.Names.STUDENT)
@PermitAll
public class AsStudentKpt extends RoleCaller {
}
