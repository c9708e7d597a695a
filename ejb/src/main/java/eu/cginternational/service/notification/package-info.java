/**
 * Notifications: a notice goes to its recipient in the app and by e-mail through the outbox, both
 * in the transaction of the change that causes it. Each person reads and marks only their own; read
 * ones are deleted after the retention period ({@code service.retention.Retention}).
 */
package eu.cginternational.service.notification;
