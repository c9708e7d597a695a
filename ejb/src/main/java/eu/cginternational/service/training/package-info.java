/**
 * Capacity-building trainings: the catalogue (browsed by school staff, ministries and the
 * coordinator; kept by the coordinator) and the registrations with their waiting list. Every
 * decision on seats locks the training's row first, so that concurrent registrations are counted
 * one after the other and a training is never overbooked.
 */
package eu.cginternational.service.training;
