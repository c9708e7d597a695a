/**
 * Start-up wiring of the web module: how message keys become translated Faces messages, and which language a visitor
 * who is not signed in reads.
 */
package eu.cginternational.web.config;
