/**
 * User accounts, their roles and languages, and the rules of signing in: password policy,
 * lockout after repeated failures and one-time password-reset tokens.
 */
package eu.cginternational.domain.account;
