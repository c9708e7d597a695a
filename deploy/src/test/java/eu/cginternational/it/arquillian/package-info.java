/**
 * How Arquillian runs the tests of this module, beyond what arquillian.xml configures: an extension of the test
 * JVM's side of Arquillian, found through {@code META-INF/services}, never part of a test archive.
 */
package eu.cginternational.it.arquillian;
