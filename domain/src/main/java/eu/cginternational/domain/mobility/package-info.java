/**
 * Learner and staff mobilities abroad after the Erasmus+ VET rules: the types with their duration
 * ranges, the approval workflow from draft to completion with its legal transitions, and the
 * history of every step. The rules here need only the mobility itself; who may act on which
 * mobility (role and scope) is decided by the services.
 */
package eu.cginternational.domain.mobility;
