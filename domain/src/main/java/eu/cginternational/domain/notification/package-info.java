/**
 * In-app notifications: what a person is told about something that concerns them (an application
 * waiting for their decision, a decision on their own), kept until read and for a while after.
 * The e-mail side of the same notice goes through the outbox ({@code domain.mail}).
 */
package eu.cginternational.domain.notification;
