/**
 * The JSON REST API under {@code /api}: the same services and access rules as the pages, HTTP Basic
 * or the browser session for sign-in, RFC 9457 problems for every error. Described by MicroProfile
 * OpenAPI at {@code /openapi}.
 */
package eu.cginternational.web.api;
