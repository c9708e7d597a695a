/** Rules for dates and moments entered by people, shared by every entity. */
package eu.cginternational.domain.time;
