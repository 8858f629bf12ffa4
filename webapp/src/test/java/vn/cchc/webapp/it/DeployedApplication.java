package vn.cchc.webapp.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR the build produced, deployed as it is to a managed Liberty, and a client that speaks to it over HTTP:
 * the tests see exactly what users get.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedApplication {

    @Deployment(testable = false)
    static WebArchive application() {
        java.io.File war = new java.io.File(System.getProperty("cchc.war", "target/cchc-monitor.war"));
        return ShrinkWrap.create(ZipImporter.class, "cchc-monitor.war").importFrom(war).as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    GraphQLClient client;

    @BeforeEach
    void connect() {
        client = new GraphQLClient(base);
    }
}
