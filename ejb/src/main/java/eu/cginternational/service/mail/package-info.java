/** The e-mail outbox: queuing in the caller's transaction, delivery by a timer, the coordinator's view of it. */
package eu.cginternational.service.mail;
