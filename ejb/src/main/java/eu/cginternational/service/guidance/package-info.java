/**
 * Career guidance services: the occupation explorer and the country profiles (reference data from
 * versioned files, read by every signed-in person, corrected by coordinators against the version
 * they saw), and the interest self-assessment (students complete it; the student and the staff of
 * the student's school read the results).
 * Counselling (a counsellor's caseload, sessions and action plans, seen only within the school),
 * the resource library and the policy indicators with small counts suppressed.
 */
package eu.cginternational.service.guidance;
