package vn.cchc.webapp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The direction of the layers, as rules over the classes below a root package ({@code vn.cchc}, or a fixture's):
 * domain ← application ← adapters (persistence, api, ingestion: the report file readers) ← webapp, and nothing else. The domain uses of the platform only
 * the JPA mapping annotations: no CDI, JSON, transactions, security, servlets, MicroProfile, nor JPA's queries. The
 * sample data (sampledata) stand beside them on the domain alone, and no layer knows them: a production WAR leaves them
 * out.
 */
final class Layers {

    private Layers() {
    }

    static List<ArchRule> of(String root) {
        String domain = root + ".domain..";
        String application = root + ".application..";
        String persistence = root + ".persistence..";
        String api = root + ".api..";
        String webapp = root + ".webapp..";
        String sampleData = root + ".sampledata..";
        String ingestion = root + ".ingestion..";
        return List.of(
                noClasses().that().resideInAPackage(domain).should().dependOnClassesThat().resideInAnyPackage(
                                application, persistence, api, webapp, "jakarta.enterprise..", "jakarta.inject..", "jakarta.json..",
                                "jakarta.transaction..", "jakarta.security..", "jakarta.servlet..", "jakarta.ws..", "org.eclipse.microprofile..",
                                "jakarta.persistence.criteria..")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                        .because("the domain holds the rules and nothing of how they are run, stored or served"),
                noClasses().that().resideInAPackage(application).should().dependOnClassesThat()
                        .resideInAnyPackage(persistence, api, webapp, "jakarta.servlet..", "org.eclipse.microprofile.graphql..")
                        .because("the use cases know the domain, not the adapters that call them or that they are stored by"),
                noClasses().that().resideInAPackage(persistence).should().dependOnClassesThat().resideInAnyPackage(api, webapp, ingestion)
                        .because("an adapter knows the layers below it, not the other adapters"),
                noClasses().that().resideInAPackage(api).should().dependOnClassesThat().resideInAnyPackage(persistence, webapp, ingestion)
                        .because("an adapter knows the layers below it, not the other adapters"),
                noClasses().that().resideInAPackage(sampleData).should().dependOnClassesThat()
                        .resideInAnyPackage(application, persistence, api, webapp)
                        .because("the sample data are stored through the domain's repositories, whoever implements them"),
                noClasses().that().resideInAnyPackage(domain, application, persistence, api, webapp).should().dependOnClassesThat()
                        .resideInAPackage(sampleData)
                        .because("a production WAR is built without the sample data and must run all the same"),
                noClasses().that().resideInAPackage(ingestion).should().dependOnClassesThat()
                        .resideInAnyPackage(application, persistence, api, webapp)
                        .because("the file readers implement a port of the domain and know nothing above it"),
                slices().matching(root + ".(*)..").should().beFreeOfCycles());
    }
}
