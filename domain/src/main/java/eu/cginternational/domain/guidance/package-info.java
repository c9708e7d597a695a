/**
 * Career guidance reference data and the interest self-assessment: occupations (ISCO-08 unit
 * groups with texts in the platform's three languages, RIASEC types, typical EQF level and demand
 * by country), country profiles, the named sources of both, and a student's RIASEC result. The
 * rules that need only these objects live here: what a valid RIASEC code is, how answers become
 * scores and a three-letter code, and how well an occupation fits a profile.
 * Counselling too: a counsellor's sessions with a student and the student's action plan, the
 * guidance resource library, and the rule that keeps small counts out of published indicators.
 */
package eu.cginternational.domain.guidance;
