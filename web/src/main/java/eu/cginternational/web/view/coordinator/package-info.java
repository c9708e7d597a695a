/** Backing beans of the coordinator's pages under {@code /coordinator}: institutions, users, audit log, outbox. */
package eu.cginternational.web.view.coordinator;
