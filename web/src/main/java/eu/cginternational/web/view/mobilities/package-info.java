/** Backing beans of the mobility pages under {@code /mobilities}: the list and inbox, the application form, the detail with its steps. */
package eu.cginternational.web.view.mobilities;
