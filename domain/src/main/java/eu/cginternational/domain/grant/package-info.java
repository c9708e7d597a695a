/**
 * The Erasmus+ grant estimate of a mobility. The amounts are data: one {@link RateTable} per
 * programme year, seeded from the Erasmus+ Programme Guide with its source cited and edited by the
 * coordinator, never constants in code. {@link GrantEstimate} is the pure calculation: the
 * great-circle distance between the sending school and the host gives the travel band, the
 * destination's country group and the kind of participant give the daily individual support, and
 * a participant with fewer opportunities adds inclusion support. A part without a rate is shown as
 * such, never guessed.
 */
package eu.cginternational.domain.grant;
