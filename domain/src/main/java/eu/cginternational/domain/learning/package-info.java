/**
 * The learning agreement of a mobility: what the participant will learn and do at the host, how it
 * is followed, assessed and recognised, and in which language. The agreement keeps numbered
 * versions: before the ministry's final approval the current version is edited in place; from then
 * on each change is a new version with the reason for it, and a version that has been superseded
 * never changes, so that it can be frozen and signed. The rules here need only the agreement and
 * the status of its mobility; who may change it is decided by the services.
 */
package eu.cginternational.domain.learning;
