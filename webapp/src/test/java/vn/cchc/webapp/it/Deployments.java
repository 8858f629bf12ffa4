package vn.cchc.webapp.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.api.importer.ZipImporter;

/** The WAR the build produced, deployed as it is: the tests see exactly what users get. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        File war = new File(System.getProperty("cchc.war", "target/cchc-monitor.war"));
        return ShrinkWrap.create(ZipImporter.class, "cchc-monitor.war").importFrom(war).as(WebArchive.class);
    }
}
