/** Start-up wiring of the web module: how message keys become translated Faces messages. */
package eu.cginternational.web.config;
