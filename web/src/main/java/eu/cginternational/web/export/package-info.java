/**
 * Lists written as files people open in a spreadsheet program, from a page's table (PrimeFaces' exporter) or from the
 * REST API ({@code TableFile}): what both need so that a cell stays text.
 */
package eu.cginternational.web.export;
