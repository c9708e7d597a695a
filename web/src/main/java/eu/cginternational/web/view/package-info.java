/**
 * Backing beans of the pages; packages mirror the page folders ({@code /coordinator/users.xhtml}
 * is backed by {@code view.coordinator.UsersBacking}).
 */
package eu.cginternational.web.view;
