/**
 * Arquillian tests of the services, run inside the test domain on Payara with Derby. Each test
 * class deploys a web archive with the real EJB and domain jars and these classes; test data is
 * unique per test, so the tests neither depend on each other nor on their order.
 */
package eu.cginternational.it.services;
