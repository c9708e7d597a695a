/**
 * The web module: Faces views with PrimeFaces and their backing beans, the security mechanism
 * shared by pages and the REST API, and the REST API itself. It reaches the database only through
 * the services of the EJB module.
 */
package eu.cginternational.web;
