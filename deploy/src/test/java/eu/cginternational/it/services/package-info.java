/**
 * Arquillian tests of the services, run inside the test domain on Payara with Derby. The test
 * classes deploy one web archive between them, with the real EJB and domain jars and these classes
 * (a class that adds to it deploys its own); test data is unique per test, so the tests neither
 * depend on each other nor on their order.
 */
package eu.cginternational.it.services;
