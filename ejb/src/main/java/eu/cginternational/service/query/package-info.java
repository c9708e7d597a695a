/**
 * Paged, sorted and filtered lists computed in the database: a page is one count and one select
 * (plus batched reads of collections), whatever its size, never a whole table in memory.
 */
package eu.cginternational.service.query;
