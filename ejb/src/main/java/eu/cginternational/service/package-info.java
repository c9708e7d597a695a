/**
 * The business services of the platform, as EJBs: each public method is one transaction, states who
 * may call it ({@code @RolesAllowed} or {@code @PermitAll}), checks the caller's scope and records
 * what changed. Services know the domain, never Faces or REST.
 */
package eu.cginternational.service;
