/** How people and API clients sign in, and the HTTP-level protections around every response. */
package eu.cginternational.web.security;
