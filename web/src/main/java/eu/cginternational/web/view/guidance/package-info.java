/** Backing beans of the career guidance pages under {@code /guidance}: caseload, a student's guidance, the library, the indicators. */
package eu.cginternational.web.view.guidance;
