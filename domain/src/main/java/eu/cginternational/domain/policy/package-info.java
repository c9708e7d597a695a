/** Research and policy: the project's publications (country policy reports, studies) and policy recommendations with their status. */
package eu.cginternational.domain.policy;
