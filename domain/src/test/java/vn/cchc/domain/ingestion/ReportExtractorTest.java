package vn.cchc.domain.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The extraction's rules on small texts, each pattern a report uses, and on the real report of the seed. */
class ReportExtractorTest {

    private static final ReportExtractor EXTRACTOR = new ReportExtractor();

    private static List<ProposedFact> extract(String... paragraphs) {
        return EXTRACTOR.extract(new SourceText(Arrays.asList(paragraphs)));
    }

    private static ProposedFact fact(List<ProposedFact> facts, FactKind kind, String key) {
        return find(facts, kind, key).orElseThrow(() -> new AssertionError("no " + kind + " " + key + " in " + facts));
    }

    private static Optional<ProposedFact> find(List<ProposedFact> facts, FactKind kind, String key) {
        return facts.stream().filter(f -> f.kind() == kind && f.key().equals(key)).findFirst();
    }

    @Test
    void shouldReadAHeadingLaidOutAsATableWithItsIssuerNumberPlaceAndDate() {
        List<ProposedFact> facts = extract("UBND TỈNH HÀ TĨNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ TƯ PHÁP | Độc lập - Tự do - Hạnh phúc", "Số: 125/BC-STP | Hà Tĩnh, ngày 15 tháng 6 năm 2023",
                "BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính", "quý II năm 2023", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");

        assertThat(fact(facts, FactKind.HEADING, "issuer").value("value")).contains("SỞ TƯ PHÁP");
        assertThat(fact(facts, FactKind.HEADING, "number").value("value")).contains("125/BC-STP");
        assertThat(fact(facts, FactKind.HEADING, "number").flags()).isEmpty();
        assertThat(fact(facts, FactKind.HEADING, "place").value("value")).contains("Hà Tĩnh");
        assertThat(fact(facts, FactKind.HEADING, "dateLine").value("value")).contains("ngày 15 tháng 6 năm 2023");
        assertThat(fact(facts, FactKind.HEADING, "title").value("value"))
                .contains("Kết quả thực hiện công tác cải cách hành chính quý II năm 2023");
        assertThat(fact(facts, FactKind.HEADING, "period").value("value")).contains("QUARTER 2023 2");
        // the span points at the cell's own words
        ProposedFact number = fact(facts, FactKind.HEADING, "number");
        assertThat(number.span().in(new SourceText(List.of("UBND TỈNH HÀ TĨNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ TƯ PHÁP | Độc lập - Tự do - Hạnh phúc", "Số: 125/BC-STP | Hà Tĩnh, ngày 15 tháng 6 năm 2023")))).isEqualTo("125/BC-STP");
    }

    @Test
    void shouldReadEveryKindOfPeriodAndKeepBlanksAsIncomplete() {
        assertThat(period("BÁO CÁO Kết quả CCHC 6 tháng đầu năm 2023")).contains("HALF_YEAR 2023 1");
        assertThat(period("BÁO CÁO Kết quả CCHC 9 tháng năm 2022")).contains("NINE_MONTHS 2022 1");
        assertThat(period("BÁO CÁO Kết quả CCHC năm 2022")).contains("YEAR 2022");
        assertThat(period("BÁO CÁO Kết quả CCHC quý IV năm 2021")).contains("QUARTER 2021 4");
        List<ProposedFact> facts = extract("Số: /SKHCN-VP", "Nghệ An, ngày tháng 3 năm 2022", "I. MỘT");
        assertThat(fact(facts, FactKind.HEADING, "number").flags()).containsExactly(FactFlag.INCOMPLETE);
        assertThat(fact(facts, FactKind.HEADING, "dateLine").flags()).containsExactly(FactFlag.INCOMPLETE);
        assertThat(fact(facts, FactKind.HEADING, "dateLine").value("value")).contains("ngày tháng 3 năm 2022");
    }

    private static Optional<String> period(String title) {
        return find(extract(title, "I. MỘT"), FactKind.HEADING, "period").flatMap(f -> f.value("value"));
    }

    @Test
    void shouldReadTheOutlineItsAreasAndItemsWordForWord() {
        List<ProposedFact> facts = extract("I. KẾT QUẢ", "1. Cải cách thể chế", "- Rà soát văn bản, hệ", "thống hóa văn bản.",
                "Một đoạn văn.", "2. Cải cách tài chính công", "2.1 Tự chủ tài chính theo tổ chức bộ máy", "- Thực hiện tốt.");

        assertThat(fact(facts, FactKind.SECTION, "I").value("area")).isEmpty();
        assertThat(fact(facts, FactKind.SECTION, "I/1").value("area")).contains("INSTITUTIONAL_REFORM");
        assertThat(fact(facts, FactKind.ITEM, "I/1#1").values()).containsEntry("text", "Rà soát văn bản, hệ thống hóa văn bản.")
                .containsEntry("bullet", "true");
        assertThat(fact(facts, FactKind.ITEM, "I/1#1").span()).isEqualTo(new SourceSpan(2, 2, 3, 18));
        assertThat(fact(facts, FactKind.ITEM, "I/1#2").values()).containsEntry("text", "Một đoạn văn.").containsEntry("bullet", "false");
        // a sub-section inherits its section's area even when its heading names another
        assertThat(fact(facts, FactKind.SECTION, "I/2/2.1").value("area")).isEmpty();
        assertThat(fact(facts, FactKind.ITEM, "I/2/2.1#1").value("text")).contains("Thực hiện tốt.");
    }

    @Test
    void shouldReadCitedDocumentsInTheirPrintedForms() {
        List<ProposedFact> facts = extract("I. MỘT",
                "- Kế hoạch cải cách hành chính năm 2023 (Kế hoạch số 12/KH-SNV ngày 05/01/2023 của Sở Nội vụ);",
                "- Quyết định số 1234/QĐ-UBND ngày 20 tháng 5 năm 2022 của UBND tỉnh về ban hành Quy chế;",
                "- Nghị định số 107/2021/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;",
                "- Thực hiện Chỉ thị 05 của Ban thường vụ Tỉnh ủy và Thông tư số 01/2023/TT-VPCP.",
                "- Tham mưu ban hành Quyết định số 07/2023/QĐ-UBND ngày 31/02/2023.",
                "- Triển khai Kế hoạch cải cách hành chính năm 2023 của Sở.");

        assertThat(fact(facts, FactKind.DOCUMENT, "12/KH-SNV").values()).containsEntry("kind", "PLAN")
                .containsEntry("issuedOn", "2023-01-05").containsEntry("issuer", "Sở Nội vụ")
                .containsEntry("subject", "Kế hoạch cải cách hành chính năm 2023").containsEntry("planYear", "2023")
                .containsEntry("planType", "ADMINISTRATIVE_REFORM");
        assertThat(fact(facts, FactKind.DOCUMENT, "1234/QĐ-UBND").values()).containsEntry("issuedOn", "2022-05-20")
                .containsEntry("issuer", "UBND tỉnh").containsEntry("subject", "về ban hành Quy chế");
        assertThat(fact(facts, FactKind.DOCUMENT, "107/2021/NĐ-CP").value("amends")).contains("61/2018/NĐ-CP");
        assertThat(fact(facts, FactKind.DOCUMENT, "05").value("kind")).contains("DIRECTIVE");
        assertThat(fact(facts, FactKind.DOCUMENT, "01/2023/TT-VPCP").value("kind")).contains("CIRCULAR");
        // an impossible date is left out, never guessed; "Tham mưu ban hành": drafted by the reporting unit
        assertThat(fact(facts, FactKind.DOCUMENT, "07/2023/QĐ-UBND").value("issuedOn")).isEmpty();
        assertThat(fact(facts, FactKind.DOCUMENT, "07/2023/QĐ-UBND").value("drafted")).contains("true");
        // a plan named again without its number is cited by the item that names it
        assertThat(fact(facts, FactKind.ITEM, "I#6").value("documents")).contains("12/KH-SNV");
        assertThat(fact(facts, FactKind.ITEM, "I#4").value("documents")).contains("05, 01/2023/TT-VPCP");
    }

    @Test
    void shouldReadFiguresWithThousandsRatiosApproximationsAndNegatives() {
        List<ProposedFact> facts = extract("I. MỘT",
                "- Sở đã tiếp nhận 1.234 hồ sơ, đã giải quyết 1.230 hồ sơ; 4 hồ sơ trả chậm.",
                "- Có 45/50 hồ sơ nộp trực tuyến, đạt 95%.",
                "- Có 120/150 thủ tục hành chính được công khai; cung cấp mức độ 4 cho 30/150 thủ tục.",
                "- Tiếp nhận gần 900 hồ sơ trong quý.",
                "- Không có đơn thư, phản ánh nào.",
                "- Tỷ lệ chuyển đổi ISO 9001:2015 đạt 98,7% các cơ quan.");

        assertThat(fact(facts, FactKind.FIGURE, "DOSSIERS_RECEIVED").value("value")).contains("1234");
        assertThat(fact(facts, FactKind.FIGURE, "DOSSIERS_RESOLVED").value("value")).contains("1230");
        assertThat(fact(facts, FactKind.FIGURE, "DOSSIERS_LATE").value("value")).contains("4");
        ProposedFact online = fact(facts, FactKind.FIGURE, "DOSSIERS_ONLINE");
        assertThat(online.values()).containsEntry("numerator", "45").containsEntry("denominator", "50").containsEntry("statedPercent", "95");
        assertThat(online.flags()).containsExactly(FactFlag.PERCENT_MISMATCH);
        assertThat(fact(facts, FactKind.FIGURE, "PROCEDURES_PUBLICISED").values()).containsEntry("numerator", "120");
        assertThat(fact(facts, FactKind.FIGURE, "PROCEDURES_TOTAL").value("value")).contains("150");
        assertThat(fact(facts, FactKind.FIGURE, "PROCEDURES_ONLINE_FULL").values()).containsEntry("numerator", "30");
        // the second statement of received dossiers is an approximation: the first stands
        assertThat(fact(facts, FactKind.FIGURE, "DOSSIERS_RECEIVED").flags()).isEmpty();
        ProposedFact complaints = fact(facts, FactKind.FIGURE, "COMPLAINTS_RECEIVED");
        assertThat(complaints.value("value")).contains("0");
        assertThat(complaints.flags()).containsExactly(FactFlag.NEGATIVE_STATEMENT);
        assertThat(fact(facts, FactKind.FIGURE, "ISO_9001_2015_ADOPTION").value("value")).contains("98.7");
        assertThat(fact(extract("I. MỘT", "- Trong quý, nhận 02 đơn phản ánh về thái độ."), FactKind.FIGURE, "COMPLAINTS_RECEIVED")
                .value("value")).contains("2");
    }

    @Test
    void shouldKeepAnApproximationAsOneNeverAsAnExactValue() {
        ProposedFact nearly = fact(extract("I. MỘT", "- Tiếp nhận gần 900 hồ sơ."), FactKind.FIGURE, "DOSSIERS_RECEIVED");
        assertThat(nearly.values()).containsEntry("value", "900").containsEntry("approximation", "NEARLY");
        assertThat(nearly.flags()).containsExactly(FactFlag.APPROXIMATE);
        ProposedFact more = fact(extract("I. MỘT", "- Đã giải quyết hơn 12.200 hồ sơ."), FactKind.FIGURE, "DOSSIERS_RESOLVED");
        assertThat(more.values()).containsEntry("value", "12200").containsEntry("approximation", "MORE_THAN");
    }

    @Test
    void shouldReadRecipientsAndTheSignerOnBehalfOfTheHead() {
        List<ProposedFact> facts = extract("I. MỘT", "- Nội dung.", "Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn An");

        assertThat(fact(facts, FactKind.RECIPIENT, "1").value("text")).contains("UBND tỉnh");
        assertThat(fact(facts, FactKind.RECIPIENT, "2").value("text")).contains("Lưu: VT, VP");
        assertThat(fact(facts, FactKind.SIGNER, "signer").values()).containsEntry("position", "Phó giám đốc")
                .containsEntry("name", "Nguyễn Văn An");
        assertThat(find(facts, FactKind.ITEM, "I#2")).isEmpty();
    }

    @Test
    void shouldNotInventWhatTheTextDoesNotSay() {
        List<ProposedFact> facts = extract("BÁO CÁO Tình hình thực hiện", "I. MỘT", "- Thực hiện theo kế hoạch đề ra.");
        assertThat(find(facts, FactKind.HEADING, "period")).isEmpty();
        assertThat(find(facts, FactKind.HEADING, "number")).isEmpty();
        assertThat(facts).noneMatch(f -> f.kind() == FactKind.FIGURE || f.kind() == FactKind.DOCUMENT || f.kind() == FactKind.SIGNER);
    }

    /** The seed report: every fact the sample data holds of it, each with the words it was read from. */
    @Test
    void shouldFindEveryFactOfTheSeedReport() throws IOException {
        SourceText text = seed();
        List<ProposedFact> facts = EXTRACTOR.extract(text);

        assertThat(fact(facts, FactKind.HEADING, "title").value("value")).contains("Công tác cải cách hành chính quý I năm 2022");
        assertThat(fact(facts, FactKind.HEADING, "period").value("value")).contains("QUARTER 2022 1");
        assertThat(fact(facts, FactKind.HEADING, "number").value("value")).contains("/SKHCN-VP");
        assertThat(find(facts, FactKind.HEADING, "issuer")).isEmpty(); // the seed's text has no heading line naming it
        assertThat(facts.stream().filter(f -> f.kind() == FactKind.DOCUMENT).map(ProposedFact::key)).containsExactly(
                "56/SKHCN-VP", "87/SKHCN-VP", "88/SKHCN-VP", "156/SKHCN-VP", "157/SKHCN-VP", "01/2022/QĐ-UBND", "5165/QĐ-UBND",
                "291/QĐ-UBND", "64/KH-UBND", "04/2015/QĐ-UBND", "130/2005/NĐ-CP", "117/2013/NĐ-CP", "16/2015/NĐ-CP",
                "115/2005/NĐ-CP", "96/2010/NĐ-CP", "17");
        assertThat(fact(facts, FactKind.DOCUMENT, "96/2010/NĐ-CP").value("amends")).contains("115/2005/NĐ-CP");
        assertThat(fact(facts, FactKind.DOCUMENT, "01/2022/QĐ-UBND").value("drafted")).contains("true");
        Map<String, String> figures = Map.ofEntries(Map.entry("PROCEDURES_TOTAL", "28"), Map.entry("PROCEDURES_PUBLICISED", "28/28"),
                Map.entry("PROCEDURES_ONLINE_LEVEL3", "12/28"), Map.entry("COMPLAINTS_RECEIVED", "0"),
                Map.entry("DOSSIERS_RECEIVED", "9"), Map.entry("DOSSIERS_RESOLVED", "9"), Map.entry("DOSSIERS_ONLINE", "4/9"),
                Map.entry("DOSSIERS_LATE", "0"), Map.entry("PUBLIC_SERVICE_UNITS", "5"), Map.entry("ISO_9001_2015_ADOPTION", "100"),
                Map.entry("DOSSIERS_RECEIVED[FIELD=năng lượng nguyên tử, an toàn bức xạ hạt nhân]", "4"),
                Map.entry("DOSSIERS_RECEIVED[FIELD=năng lượng nguyên tử, an toàn bức xạ hạt nhân;DOSSIER_KIND=NEW]", "1"),
                Map.entry("DOSSIERS_RECEIVED[FIELD=năng lượng nguyên tử, an toàn bức xạ hạt nhân;DOSSIER_KIND=RENEWAL_OR_AMENDMENT]", "2"),
                Map.entry("DOSSIERS_RECEIVED[FIELD=năng lượng nguyên tử, an toàn bức xạ hạt nhân;DOSSIER_KIND=CERTIFICATE]", "1"),
                Map.entry("DOSSIERS_RECEIVED[FIELD=tiêu chuẩn đo lường chất lượng]", "5"));
        assertThat(facts.stream().filter(f -> f.kind() == FactKind.FIGURE).map(ProposedFact::key)).containsExactlyInAnyOrderElementsOf(figures.keySet());
        figures.forEach((key, value) -> {
            ProposedFact figure = fact(facts, FactKind.FIGURE, key);
            String read = figure.value("numerator").map(n -> n + "/" + figure.value("denominator").orElse("")).orElse(figure.value("value").orElse(""));
            assertThat(read).as(key).isEqualTo(value);
        });
        assertThat(fact(facts, FactKind.FIGURE, "DOSSIERS_LATE").flags()).containsExactly(FactFlag.NEGATIVE_STATEMENT);
        assertThat(fact(facts, FactKind.FIGURE, "ISO_9001_2015_ADOPTION").value("scope")).contains("PROVINCE");
        assertThat(fact(facts, FactKind.FIGURE, "DOSSIERS_ONLINE").span().in(text)).isEqualTo("4/9");
        assertThat(facts.stream().filter(f -> f.kind() == FactKind.UNIT).map(f -> f.key() + " " + f.value("autonomyRegime").orElse("")))
                .containsExactly("Trung tâm Ứng dụng tiến bộ Khoa học và Công nghệ SELF_FINANCING_RECURRENT",
                        "Trung tâm Thông tin Khoa học công nghệ và Tin học PARTLY_SELF_FINANCING_RECURRENT",
                        "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng PARTLY_SELF_FINANCING_RECURRENT",
                        "Trung tâm Khoa học xã hội và nhân văn STATE_FUNDED");
        assertThat(facts.stream().filter(f -> f.kind() == FactKind.SECTION).map(ProposedFact::key)).containsExactly("I", "I/1", "I/2",
                "I/3", "I/4", "II", "II/1", "II/2", "II/3", "II/4", "II/5", "II/5/5.1", "II/5/5.2", "II/5/5.3", "II/6", "II/6/6.1",
                "II/6/6.2", "III", "IV");
        assertThat(facts.stream().filter(f -> f.kind() == FactKind.ITEM)).hasSize(59);
        // the items cite exactly what the sample data's items cite, named with a number or by their subject
        assertThat(facts.stream().filter(f -> f.kind() == FactKind.ITEM && f.value("documents").isPresent())
                .collect(java.util.stream.Collectors.toMap(ProposedFact::key, f -> f.value("documents").orElseThrow()))).isEqualTo(Map.ofEntries(
                Map.entry("I/1#2", "56/SKHCN-VP"), Map.entry("I/1#3", "87/SKHCN-VP"), Map.entry("I/1#4", "88/SKHCN-VP"),
                Map.entry("I/1#5", "156/SKHCN-VP"), Map.entry("I/1#6", "157/SKHCN-VP"), Map.entry("I/1#7", "01/2022/QĐ-UBND"),
                Map.entry("I/4#2", "5165/QĐ-UBND"), Map.entry("I/4#3", "291/QĐ-UBND"), Map.entry("I/4#4", "64/KH-UBND"),
                Map.entry("II/3#1", "01/2022/QĐ-UBND"), Map.entry("II/3#3", "04/2015/QĐ-UBND"), Map.entry("IV#1", "56/SKHCN-VP"),
                Map.entry("IV#9", "17")));
        assertThat(facts.stream().filter(f -> f.kind() == FactKind.RECIPIENT).map(f -> f.value("text").orElse("")))
                .containsExactly("Sở Nội vụ", "GD và các PGD", "Trưởng các phòng và đơn vị thuộc Sở", "Lưu: VT");
        assertThat(fact(facts, FactKind.SIGNER, "signer").values()).containsEntry("position", "Giám đốc").containsEntry("name", "Trần Quốc Thành");
        // every fact's span lies in the text and is what it was read from
        assertThat(facts).allSatisfy(f -> assertThat(f.span().in(text)).isNotBlank());
        assertThat(facts).extracting(ProposedFact::ordinal).doesNotHaveDuplicates().doesNotContain(0);
    }

    static SourceText seed() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../ingestion/evaluation/01-seed-skhcn-nghe-an-q1-2022.txt"));
        return new SourceText(lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
