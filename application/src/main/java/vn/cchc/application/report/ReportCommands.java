package vn.cchc.application.report;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.domain.area.ReformArea;

/**
 * What a client asks of a report, as plain values: the service checks every one of them against the domain's rules
 * before it writes anything. Field names follow the GraphQL inputs, so that a broken rule names its input path.
 */
public final class ReportCommands {

    private ReportCommands() {
    }

    /** Start a draft (createReport). */
    public record NewReport(String unitCode, PeriodValue period, String title) {
    }

    /** Change the heading (updateReportHeading); null fields are cleared, except the title, which is required. */
    public record Heading(long reportId, long version, String title, String number, String place, String dateLine,
                          LocalDate issuedOn, String signerName, String signerPosition, List<String> recipients) {
    }

    /** Write the outline anew (replaceReportSections). */
    public record Outline(long reportId, long version, List<Section> sections) {
    }

    /** A section; {@code documents} are the ids of the documents its heading cites. */
    public record Section(String number, String heading, ReformArea area, List<String> documents, List<Item> items,
                          List<Section> subsections) {
    }

    /** An item; {@code documents} are the ids of the documents it cites. */
    public record Item(String text, boolean bullet, List<String> documents) {
    }

    /** Record the report's figures anew (recordObservations). */
    public record Figures(long reportId, long version, List<Figure> observations) {
    }

    /**
     * One figure: a COUNT or PERCENT indicator takes {@code value}, a RATIO indicator takes numerator and denominator.
     *
     * @param unitCode the unit the figure is about; null for the report's own unit
     */
    public record Figure(String indicatorCode, String unitCode, Double value, Long numerator, Long denominator,
                         List<Slice> breakdown) {
    }

    public record Slice(String dimension, String member, String label) {
    }

    /** Submit, return, approve or revise, with the version the client read and a reason where one is asked. */
    public record Decision(long reportId, long version, String reason) {
    }
}
