/** Backing beans of the training pages under {@code /trainings}: catalogue, detail, own registrations, nominations, editing. */
package eu.cginternational.web.view.trainings;
