/** Faces converters between form values and domain objects. */
package eu.cginternational.web.converter;
