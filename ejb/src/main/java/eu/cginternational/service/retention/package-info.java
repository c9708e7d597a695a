/** Retention limits: personal data that no longer serves anyone is deleted on a daily timer. */
package eu.cginternational.service.retention;
