/**
 * Career guidance pages under {@code /guidance/}: the occupation explorer and an occupation's page,
 * the interest self-assessment with its chart and history, the country profiles, and the reusable
 * include that shows a student's results to their counsellor.
 */
package eu.cginternational.web.view.guidance;
