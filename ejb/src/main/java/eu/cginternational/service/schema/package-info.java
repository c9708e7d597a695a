/** Brings the database schema up to date with the Liquibase migrations when the application starts. */
package eu.cginternational.service.schema;
