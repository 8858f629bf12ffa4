package vn.cchc.webapp.it;

import io.openliberty.arquillian.managed.WLPManagedContainer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the application once per server and run instead of once per test class. Every class deploys the same WAR
 * (DeployedApplication), and each deployment cost about 7 s, a third of the suite's time over 70 classes. The first
 * deployment is Liberty's own; a later one of the same archive answers where the first is; the application is
 * removed when the server stops, so that the dropins folder is left as found. Tests therefore share the running
 * application, as its users do: none may count on a fresh start.
 */
public class DeployedOnce implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, WLPManagedContainer.class, Container.class);
    }

    /** Liberty's managed container, keeping what it deployed until it stops. */
    public static class Container extends WLPManagedContainer {

        private final Map<String, Deployed> deployed = new LinkedHashMap<>();

        private record Deployed(Archive<?> archive, ProtocolMetaData where) {
        }

        @Override
        public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
            Deployed known = deployed.get(archive.getName());
            if (known == null) {
                known = new Deployed(archive, super.deploy(archive));
                deployed.put(archive.getName(), known);
            }
            return known.where();
        }

        @Override
        public void undeploy(Archive<?> archive) {
            // kept for the next test class; removed in stop()
        }

        @Override
        public void stop() throws LifecycleException {
            try {
                for (Deployed d : deployed.values()) {
                    super.undeploy(d.archive());
                }
            } catch (DeploymentException e) {
                throw new LifecycleException("could not remove the application before stopping", e);
            } finally {
                deployed.clear();
                super.stop();
            }
        }
    }
}
