/**
 * The grant estimate of a mobility and the rate tables behind it. An estimate is computed when it
 * is read, from the mobility as it stands and the rates as they stand, so it follows every change of
 * dates, host or flags; whoever may read the mobility may read its estimate, nobody else. The rate
 * tables belong to the coordinator: each change is checked against the version read and audited
 * with what it changed.
 */
package eu.cginternational.service.grant;
