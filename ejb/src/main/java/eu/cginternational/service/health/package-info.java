/** MicroProfile Health checks of the platform, served by Payara at {@code /health}. */
package eu.cginternational.service.health;
