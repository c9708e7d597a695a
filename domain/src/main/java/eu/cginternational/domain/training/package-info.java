/**
 * Capacity-building trainings for teachers and counsellors: the catalogue entry with its sessions,
 * and the registrations with a fair waiting list. The rules that need only the training and its
 * registrations live here (registration window, one registration per person, seats never above
 * capacity, waiting list in arrival order with automatic promotion, cancellation deadline, the
 * school's approval of nominated trainings). Who may act for whom is decided by the services.
 */
package eu.cginternational.domain.training;
