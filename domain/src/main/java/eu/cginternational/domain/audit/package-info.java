/**
 * The append-only audit log: security events and state changes with their UTC time, actor, target
 * and client address. Entries are written once and never changed or deleted.
 */
package eu.cginternational.domain.audit;
