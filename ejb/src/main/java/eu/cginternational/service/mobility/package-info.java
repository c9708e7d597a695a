/**
 * Mobility applications and their approval: who may see and act on which mobility (own school,
 * own country, own organisation, own application), the workflow steps with their history, audit
 * and notifications.
 */
package eu.cginternational.service.mobility;
