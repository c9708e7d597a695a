/**
 * Career guidance services: counselling (a counsellor's caseload, sessions and action plans, seen
 * only within the school), the resource library and the policy indicators with small counts suppressed.
 */
package eu.cginternational.service.guidance;
