package vn.cchc.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.domain.shared.Rejections.assertRejected;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    @Test
    void shouldReadLetterNumberWithoutKindLetters() {
        DocumentNumber n = DocumentNumber.parse("56/SKHCN-VP");

        assertThat(n.printed()).isEqualTo("56/SKHCN-VP");
        assertThat(n.sequence()).isEqualTo("56");
        assertThat(n.year()).isEmpty();
        assertThat(n.symbol()).contains("SKHCN-VP");
        assertThat(n.issuerSymbol()).contains("SKHCN-VP");
        assertThat(n.kindHint()).contains(DocumentKind.OFFICIAL_LETTER);
    }

    @Test
    void shouldReadDecisionWithYear() {
        DocumentNumber n = DocumentNumber.parse("01/2022/QĐ-UBND");

        assertThat(n.printed()).isEqualTo("01/2022/QĐ-UBND");
        assertThat(n.sequence()).isEqualTo("01");
        assertThat(n.year()).contains(2022);
        assertThat(n.symbol()).contains("QĐ-UBND");
        assertThat(n.issuerSymbol()).contains("UBND");
        assertThat(n.kindHint()).contains(DocumentKind.DECISION);
    }

    @Test
    void shouldReadDecreeWithYear() {
        DocumentNumber n = DocumentNumber.parse("130/2005/NĐ-CP");

        assertThat(n.sequence()).isEqualTo("130");
        assertThat(n.year()).contains(2005);
        assertThat(n.symbol()).contains("NĐ-CP");
        assertThat(n.issuerSymbol()).contains("CP");
        assertThat(n.kindHint()).contains(DocumentKind.DECREE);
    }

    @Test
    void shouldReadPlanWithoutYear() {
        DocumentNumber n = DocumentNumber.parse("64/KH-UBND");

        assertThat(n.sequence()).isEqualTo("64");
        assertThat(n.year()).isEmpty();
        assertThat(n.symbol()).contains("KH-UBND");
        assertThat(n.issuerSymbol()).contains("UBND");
        assertThat(n.kindHint()).contains(DocumentKind.PLAN);
    }

    @Test
    void shouldReadDecisionWithoutYear() {
        DocumentNumber n = DocumentNumber.parse("5165/QĐ-UBND");

        assertThat(n.sequence()).isEqualTo("5165");
        assertThat(n.year()).isEmpty();
        assertThat(n.symbol()).contains("QĐ-UBND");
        assertThat(n.issuerSymbol()).contains("UBND");
        assertThat(n.kindHint()).contains(DocumentKind.DECISION);
    }

    @Test
    void shouldReadBareNumberAnnouncingNothing() {
        DocumentNumber n = DocumentNumber.parse("17");

        assertThat(n.printed()).isEqualTo("17");
        assertThat(n.sequence()).isEqualTo("17");
        assertThat(n.year()).isEmpty();
        assertThat(n.symbol()).isEmpty();
        assertThat(n.issuerSymbol()).isEmpty();
        assertThat(n.kindHint()).isEmpty();
    }

    @Test
    void shouldHintOtherKindsFromTheirLetters() {
        assertThat(DocumentNumber.parse("17/CT-UBND").kindHint()).contains(DocumentKind.DIRECTIVE);
        assertThat(DocumentNumber.parse("76/NQ-CP").kindHint()).contains(DocumentKind.RESOLUTION);
        assertThat(DocumentNumber.parse("01/2023/TT-BNV").kindHint()).contains(DocumentKind.CIRCULAR);
        assertThat(DocumentNumber.parse("120/BC-SKHCN").kindHint()).contains(DocumentKind.REPORT);
    }

    @Test
    void shouldDropSpacesAroundSlashes() {
        DocumentNumber n = DocumentNumber.parse("  01 / 2022 /  QĐ-UBND ");

        assertThat(n.printed()).isEqualTo("01/2022/QĐ-UBND");
        assertThat(n).isEqualTo(DocumentNumber.parse("01/2022/QĐ-UBND"));
    }

    @Test
    void shouldUpperCaseSymbol() {
        DocumentNumber n = DocumentNumber.parse("64/kh-ubnd");

        assertThat(n.printed()).isEqualTo("64/KH-UBND");
        assertThat(n.kindHint()).contains(DocumentKind.PLAN);
        assertThat(DocumentNumber.parse("01/2022/qđ-ubnd").printed()).isEqualTo("01/2022/QĐ-UBND");
        assertThat(DocumentNumber.parse("01/2022/qđ-ubnd").kindHint()).contains(DocumentKind.DECISION);
    }

    @Test
    void shouldReadDecomposedUnicodeAsComposed() {
        String composed = "15/QĐ-SỞ";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed); // the test input really is decomposed

        DocumentNumber n = DocumentNumber.parse(decomposed);

        assertThat(n.printed()).isEqualTo(composed);
        assertThat(n).isEqualTo(DocumentNumber.parse(composed));
        assertThat(n.issuerSymbol()).contains("SỞ");
    }

    @Test
    void shouldReadDecomposedLowerCaseSymbol() {
        String decomposed = Normalizer.normalize("15/qđ-sở", Normalizer.Form.NFD);

        assertThat(DocumentNumber.parse(decomposed).printed()).isEqualTo("15/QĐ-SỞ");
    }

    @Test
    void shouldReadIcelandicEthAsVietnameseDStroke() {
        DocumentNumber n = DocumentNumber.parse("01/2022/Q\u00D0-UBND");

        assertThat(n.printed()).isEqualTo("01/2022/Q\u0110-UBND");
        assertThat(n).isEqualTo(DocumentNumber.parse("01/2022/QĐ-UBND"));
        assertThat(n.kindHint()).contains(DocumentKind.DECISION);
    }

    @Test
    void shouldReadLowerCaseEthAsVietnameseDStroke() {
        // 'ð' (U+00F0) upper-cases to the look-alike 'Ð' (U+00D0), which must end up as 'Đ' (U+0110) too
        DocumentNumber n = DocumentNumber.parse("01/2022/q\u00F0-ubnd");

        assertThat(n.printed()).isEqualTo("01/2022/Q\u0110-UBND");
        assertThat(n.kindHint()).contains(DocumentKind.DECISION);
    }

    @Test
    void shouldKeepLeadingZerosAndLetterSuffixOfSequence() {
        assertThat(DocumentNumber.parse("007/SKHCN-VP").sequence()).isEqualTo("007");
        assertThat(DocumentNumber.parse("12a/QĐ-UBND").sequence()).isEqualTo("12A");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "/SKHCN-VP", "56/", "56//QĐ-UBND", "ab/QĐ-UBND", "56/22/QĐ-UBND", "56/2022",
            "56/1800/QĐ-UBND", "56/SKHCN-VP/x", "56/3000/QĐ-UBND", "56/QĐ-", "56 QĐ-UBND"})
    void shouldRejectMalformedNumber(String text) {
        assertRejected(() -> DocumentNumber.parse(text), "INVALID_DOCUMENT_NUMBER");
    }

    @Test
    void shouldExplainYearWithoutSymbol() {
        assertThat(assertRejected(() -> DocumentNumber.parse("56/2022"), "INVALID_DOCUMENT_NUMBER").getMessage())
                .contains("no symbol");
    }

    @Test
    void shouldExplainImpossibleYear() {
        assertThat(assertRejected(() -> DocumentNumber.parse("56/1800/QĐ-UBND"), "INVALID_DOCUMENT_NUMBER").getMessage())
                .contains("1800");
    }

    @Test
    void shouldAcceptBoundaryYears() {
        assertThat(DocumentNumber.parse("1/1945/SL").year()).contains(1945);
        assertThat(DocumentNumber.parse("1/2999/QĐ-UBND").year()).contains(2999);
    }

    @Test
    void shouldBeEqualByPrintedForm() {
        DocumentNumber a = DocumentNumber.parse("56/SKHCN-VP");
        DocumentNumber b = DocumentNumber.parse("56 / skhcn-vp");

        assertThat(a).isEqualTo(b);
        assertThat(a).hasSameHashCodeAs(b);
        assertThat(a).hasToString("56/SKHCN-VP");
        assertThat(a).isNotEqualTo(DocumentNumber.parse("57/SKHCN-VP"));
        assertThat(DocumentNumber.parse("1/QĐ-UBND")).isNotEqualTo(DocumentNumber.parse("01/QĐ-UBND"));
        assertThat(a).isNotEqualTo("56/SKHCN-VP");
    }

    @Test
    void shouldTakeAHeadingsNumberWhoseSequenceIsStillBlank() {
        DocumentNumber.requirePrinted("/SKHCN-VP");
        DocumentNumber.requirePrinted("125/BC-STP");
        assertRejected(() -> DocumentNumber.requirePrinted("/"), "INVALID_DOCUMENT_NUMBER");
        assertRejected(() -> DocumentNumber.requirePrinted("Số hai"), "INVALID_DOCUMENT_NUMBER");
    }
}
