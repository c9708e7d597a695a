/** Backing beans of the mobility pages under {@code /mobilities}: the list and inbox, the application form, the detail with its steps and its grant estimate. */
package eu.cginternational.web.view.mobilities;
