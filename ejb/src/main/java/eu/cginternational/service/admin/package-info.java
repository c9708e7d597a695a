/**
 * The coordinator's administration of institutions and user accounts. Records are deactivated,
 * never deleted; every change is audited and checked against the version the coordinator saw.
 */
package eu.cginternational.service.admin;
