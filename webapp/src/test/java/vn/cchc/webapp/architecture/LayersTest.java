package vn.cchc.webapp.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every module's classes keep to the direction of the layers, and a class that does not is found. */
class LayersTest {

    @Test
    void shouldKeepEveryModuleToTheDirectionOfTheLayers() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.cchc");
        // every layer is there to be checked
        assertThat(List.of("vn.cchc.domain.report.Report", "vn.cchc.application.report.ReportService", "vn.cchc.persistence.jpa.Listing",
                "vn.cchc.api.http.QueryCheck", "vn.cchc.webapp.health.DatabaseReadiness",
                "vn.cchc.sampledata.demo.DemoProvince", "vn.cchc.ingestion.FileReportReader")).allMatch(classes::contain);
        Layers.of("vn.cchc").forEach(rule -> rule.check(classes));
    }

    @Test
    void shouldFindAWrongImportInTheDomainBetweenAdaptersAndOfTheSampleData() {
        // a small tree of test classes laid out like the real one, each breaking one rule
        JavaClasses fixture = new ClassFileImporter().importPackages("vn.cchc.archfixture");
        assertThatThrownBy(() -> Layers.of("vn.cchc.archfixture").get(0).check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("vn.cchc.archfixture.domain.Injected").hasMessageContaining("jakarta.inject.Inject");
        assertThatThrownBy(() -> Layers.of("vn.cchc.archfixture").get(3).check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("vn.cchc.archfixture.api.ReadsTables");
        assertThatThrownBy(() -> Layers.of("vn.cchc.archfixture").get(5).check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("vn.cchc.archfixture.persistence.SeedsTables");
        assertThatThrownBy(() -> Layers.of("vn.cchc.archfixture").get(6).check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("vn.cchc.archfixture.ingestion.CallsTheApi");
    }
}
