/** Look-ups every signed-in person may make: active institutions and countries, for pickers. */
package eu.cginternational.service.directory;
