/** Demo companies and accounts for trying the platform out, loaded only into an empty database and only when configured. */
package eu.cginternational.service.demo;
