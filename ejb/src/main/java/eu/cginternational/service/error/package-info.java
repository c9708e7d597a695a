/**
 * Errors a user can cause. Each carries a message key and arguments; the web tier turns it into a
 * translated Faces message, the REST tier into an RFC 9457 problem with a 4xx status. All roll the
 * transaction back, so nothing half-written stays in the database.
 */
package eu.cginternational.service.error;
