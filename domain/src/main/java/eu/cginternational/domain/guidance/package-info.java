/**
 * Career guidance: a counsellor's sessions with a student and the student's action plan, the
 * guidance resource library, and the rule that keeps small counts out of published indicators.
 */
package eu.cginternational.domain.guidance;
