package eu.cginternational.it.services;

import java.io.File;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive of a service test: the EJB and domain jars as the build made them, their libraries,
 * and this package's classes. The jars are taken from the test class path, which in the reactor
 * points at the modules' build output. The test classes deploy it once between them
 * ({@link eu.cginternational.it.arquillian.SharedDeployments}).
 */
final class ServiceDeployment {

    private static final List<String> LIBRARIES = List.of("cg-domain", "cg-ejb", "liquibase-core", "snakeyaml",
            "opencsv", "commons-lang3", "commons-text", "commons-collections4", "commons-io", "assertj-core", "openpdf",
            "openpdf-fonts-extra", "owasp-java-html-sanitizer", "java8-shim", "java10-shim", "ical4j", "threeten-extra",
            "commons-codec", "slf4j-api", "greenmail");

    private ServiceDeployment() {
    }

    static WebArchive create() {
        return create("services");
    }

    /** The same contents under a name of their own, for a class that adds to them and so deploys an archive of its own. */
    static WebArchive create(String name) {
        WebArchive archive = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackage(ServiceDeployment.class.getPackage())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource("service-archive/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("service-archive/glassfish-web.xml", "glassfish-web.xml");
        classPathJars().forEach(archive::addAsLibrary);
        return archive;
    }

    private static Stream<File> classPathJars() {
        List<File> jars = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(File::new)
                .filter(file -> file.isFile() && LIBRARIES.stream().anyMatch(lib -> file.getName().startsWith(lib + "-")))
                .toList();
        if (jars.size() < LIBRARIES.size()) {
            throw new IllegalStateException("Missing libraries for the service tests; found only " + jars);
        }
        return jars.stream();
    }
}
