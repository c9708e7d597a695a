/** Writing to and reading the append-only audit log. */
package eu.cginternational.service.audit;
