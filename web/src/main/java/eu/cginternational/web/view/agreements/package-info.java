/** Backing beans of the pages under {@code /agreements} and {@code /opportunities}. */
package eu.cginternational.web.view.agreements;
