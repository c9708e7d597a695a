/** Rules for text entered by people, shared by every entity. */
package eu.cginternational.domain.text;
