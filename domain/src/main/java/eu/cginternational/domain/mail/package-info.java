/**
 * The outbox: e-mails are written to a table in the same transaction as the change that causes
 * them and delivered later, so that nothing is lost while the mail server is down.
 */
package eu.cginternational.domain.mail;
