/**
 * Signing in and looking after one's own account: the identity store behind form and HTTP Basic
 * login, password hashing, lockout, password change and reset, and the caller's language.
 */
package eu.cginternational.service.account;
