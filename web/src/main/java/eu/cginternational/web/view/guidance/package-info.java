/**
 * Career guidance pages under {@code /guidance/}: the occupation explorer and an occupation's page,
 * the interest self-assessment with its chart and history, the country profiles, and the reusable
 * include that shows a student's results to their counsellor; the caseload and a student's
 * guidance, the resource library, the policy indicators, the public research and policy list and
 * the coordinators' editor of a publication.
 */
package eu.cginternational.web.view.guidance;
