package vn.cchc.sampledata.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.domain.dossier.DossierKind;
import vn.cchc.domain.unit.AutonomyRegime;

/** The demo province's tables, read into the catalogue as the generator uses it. */
class CatalogueTest {

    private static List<Catalogue.Procedure> procedures() {
        return Catalogue.DEPARTMENTS.stream().flatMap(d -> d.fields().stream()).flatMap(f -> f.procedures().stream()).toList();
    }

    @Test
    void shouldReadEveryDepartmentWithItsUnitsAndProceduresInTheTablesOrder() {
        assertThat(Catalogue.DEPARTMENTS).hasSize(20).first().satisfies(d -> {
            assertThat(d.symbol()).isEqualTo("SNV");
            assertThat(d.name()).isEqualTo("Sở Nội vụ tỉnh Minh Họa");
            assertThat(d.officeName()).isEqualTo("Văn phòng Sở Nội vụ");
            assertThat(d.dossierShare()).isEqualTo(2.0);
            assertThat(d.lateRate()).isEqualTo(0.015);
            assertThat(d.serviceUnits()).containsExactly(
                    new Catalogue.ServiceUnit("Trung tâm Lưu trữ lịch sử tỉnh Minh Họa", AutonomyRegime.STATE_FUNDED));
            assertThat(d.fields()).extracting(Catalogue.Field::code).startsWith("MH-TO-CHUC-HANH-CHINH", "MH-CONG-CHUC-VIEN-CHUC");
            assertThat(d.fields().get(0).procedures()).first()
                    .isEqualTo(new Catalogue.Procedure("Thẩm định thành lập tổ chức hành chính", DossierKind.NEW, 15));
        });
        assertThat(Catalogue.DEPARTMENTS).filteredOn(d -> d.symbol().equals("VPUBND")).singleElement()
                .satisfies(d -> assertThat(d.officeName()).isEqualTo("Phòng Hành chính - Tổ chức"));
        assertThat(Catalogue.DEPARTMENTS).filteredOn(d -> d.symbol().equals("TTT")).singleElement()
                .satisfies(d -> assertThat(d.serviceUnits()).isEmpty());
        assertThat(Catalogue.DEPARTMENTS).allSatisfy(d -> assertThat(d.fields()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.procedures()).isNotEmpty()));
    }

    @Test
    void shouldHoldTheProceduresOfTheDemoProvince() {
        // docs/demo-province.md: 427 procedures
        assertThat(procedures()).hasSize(427).allSatisfy(p -> assertThat(p.processingDays()).isPositive());
        Map<DossierKind, Long> byKind = procedures().stream().collect(Collectors.groupingBy(Catalogue.Procedure::kind, Collectors.counting()));
        assertThat(byKind).containsOnlyKeys(DossierKind.NEW, DossierKind.AMENDMENT, DossierKind.REISSUE, DossierKind.RENEWAL,
                DossierKind.CERTIFICATE);
        assertThat(procedures()).filteredOn(p -> p.name().equals("Cấp Thẻ công chứng viên")).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(DossierKind.CERTIFICATE));
    }

    @Test
    void shouldGiveAFieldSharedByTwoDepartmentsOneName() {
        Map<String, List<String>> names = Catalogue.DEPARTMENTS.stream().flatMap(d -> d.fields().stream())
                .collect(Collectors.groupingBy(Catalogue.Field::code, Collectors.mapping(Catalogue.Field::name, Collectors.toList())));
        assertThat(names.get("MH-DAU-TU")).containsExactly("Đầu tư tại Việt Nam", "Đầu tư tại Việt Nam");
        assertThat(names.values()).allSatisfy(n -> assertThat(n).containsOnly(n.get(0)));
    }

    @Test
    void shouldReadTheDistrictsAndTheirCommunes() {
        assertThat(Catalogue.DISTRICTS).hasSize(10).first().isEqualTo(new Catalogue.District("H01",
                "Ủy ban nhân dân thành phố Minh Họa", "Thành phố Minh Họa", "Phường", "Minh Họa", 14));
        // docs/demo-province.md: 145 communes
        assertThat(Catalogue.DISTRICTS.stream().mapToInt(Catalogue.District::communes).sum()).isEqualTo(145);
    }
}
