/**
 * System tests against the EAR deployed in the test domain: the REST API over HTTP and the pages
 * in headless Chromium, signed in with the demo accounts or with accounts the tests create.
 */
package eu.cginternational.it.system;
