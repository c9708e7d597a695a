/**
 * Public-private partnership agreements between VET schools and companies, their numbered
 * versions, the workflow from draft to signature and end, the clause templates they are written
 * from, and the placements (opportunities) an agreement in force lets its companies publish.
 */
package eu.cginternational.domain.agreement;
