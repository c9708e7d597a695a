/** Backing beans of the coordinator's pages under {@code /coordinator}: institutions, users, audit log, outbox, grant rates. */
package eu.cginternational.web.view.coordinator;
