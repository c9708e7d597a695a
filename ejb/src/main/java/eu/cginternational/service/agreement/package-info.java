/**
 * Partnership agreements (drafting, versions, the workflow around the signing engine, the
 * agreement PDF, reminders and expiry), the clause templates, and the opportunities board with
 * students' applications, each scoped to the caller's role and institution.
 */
package eu.cginternational.service.agreement;
