/** Cross-cutting support of the services: logging, the origin of the current request, localised texts and validation. */
package eu.cginternational.service.config;
