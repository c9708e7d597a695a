package eu.cginternational.it.arquillian;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * Deploys an archive once for all the test classes of a run that deploy that same archive, instead of once per class.
 * Deploying was most of a service test class's time: Payara scans the archive's twenty jars, starts the persistence
 * unit and the startup beans (the schema check among them) for each deployment, and undeploys it again.
 *
 * <p>A class shares the deployment of an earlier class when its {@code @Deployment} gives an archive of the same name
 * and the same contents, byte for byte. The same name with other contents fails the class: it would otherwise run
 * against the archive of another class, without what its own adds. The shared archives stay deployed until the run
 * ends (Arquillian's suite), so the data, caches and timers of the application live on from one class to the next, as
 * they do from one test to the next; the tests make their own data and leave the rest alone, whatever ran before.
 * A class whose deployment fails does not keep it: the next class deploys again.
 */
public class SharedDeployments implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Steps into Arquillian's deployments of a test class: the deployment before the class, the undeployment after it. */
    public static class Keeper {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<ContainerRegistry> containers;

        @Inject
        private Event<DeploymentEvent> deploymentEvents;

        /** By archive name. */
        private final Map<String, Shared> deployed = new LinkedHashMap<>();

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> context) {
            DeploymentScenario own = scenario.get();
            Optional<Deployment> single = single(own);
            if (single.isEmpty()) {
                context.proceed();
                return;
            }
            Archive<?> archive = archive(single.get());
            String contents = digest(archive);
            Shared shared = deployed.get(archive.getName());
            if (shared == null) {
                context.proceed();
                if (single.get().isDeployed() && !single.get().hasDeploymentError()) {
                    deployed.put(archive.getName(), new Shared(own, single.get(), contents));
                }
                return;
            }
            if (!shared.contents().equals(contents)) {
                throw new IllegalStateException("Another test class deployed an archive named " + archive.getName()
                        + " with other contents; an archive that differs needs a name of its own");
            }
            scenario.set(shared.scenario());
        }

        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> context) {
            DeploymentScenario current = scenario.get();
            if (deployed.values().stream().noneMatch(shared -> shared.scenario() == current)) {
                context.proceed();
            }
        }

        /** Before Arquillian lets go of the server. */
        public void undeployAll(@Observes(precedence = 1) AfterSuite event) {
            ContainerRegistry registry = containers.get();
            for (Shared shared : List.copyOf(deployed.values())) {
                Deployment deployment = shared.deployment();
                deploymentEvents.fire(new UnDeployDeployment(registry.getContainer(deployment.getDescription().getTarget()),
                        deployment));
            }
            deployed.clear();
        }

        /** The one deployment of a class that deploys one archive itself; other scenarios stay Arquillian's. */
        private static Optional<Deployment> single(DeploymentScenario scenario) {
            List<Deployment> deployments = scenario.deployments();
            if (deployments.size() != 1) {
                return Optional.empty();
            }
            DeploymentDescription description = deployments.get(0).getDescription();
            return description.managed() && description.isArchiveDeployment()
                    ? Optional.of(deployments.get(0)) : Optional.empty();
        }

        private static Archive<?> archive(Deployment deployment) {
            DeploymentDescription description = deployment.getDescription();
            return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
        }
    }

    private record Shared(DeploymentScenario scenario, Deployment deployment, String contents) {
    }

    /**
     * The SHA-256 of every path and every entry's bytes. Nested archives count by their entries, not by their export,
     * whose zip entries carry the time of the export.
     */
    private static String digest(Archive<?> archive) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            add(archive, sha);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void add(Archive<?> archive, MessageDigest sha) {
        for (Map.Entry<ArchivePath, Node> entry : new TreeMap<>(archive.getContent()).entrySet()) {
            sha.update(entry.getKey().get().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            Asset asset = entry.getValue().getAsset();
            if (asset instanceof ArchiveAsset nested) {
                add(nested.getArchive(), sha);
            } else if (asset != null) {
                try (InputStream in = asset.openStream()) {
                    in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), sha));
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not read " + entry.getKey().get() + " of " + archive.getName(), e);
                }
            }
        }
    }
}
