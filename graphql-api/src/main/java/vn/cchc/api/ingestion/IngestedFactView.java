package vn.cchc.api.ingestion;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.ingestion.ProposedFact;
import vn.cchc.domain.ingestion.SourceText;
import vn.cchc.domain.unit.Unit;

@Type("IngestedFact")
@Description("A fact a report file states, as proposed from its text (dữ kiện đề xuất): its values, the exact words it "
        + "was read from, how sure the reading is, and the reviewer's decision.")
public class IngestedFactView {

    private final ProposedFact fact;
    private final SourceText text;
    private final Unit reportUnit;

    public IngestedFactView(ProposedFact fact, SourceText text, Unit reportUnit) {
        this.fact = fact;
        this.text = text;
        this.reportUnit = reportUnit;
    }

    /** The fact and the unit whose report it is, for the fields resolved by the service; not part of the schema. */
    ProposedFact fact() {
        return fact;
    }

    Unit reportUnit() {
        return reportUnit;
    }

    @Description("Its number in the proposal, from 1 (số thứ tự): how the review mutations name it.")
    public int getOrdinal() {
        return fact.ordinal();
    }

    @NonNull
    @Description("What it is about (loại).")
    public FactKindView getKind() {
        return Enums.mirror(fact.kind(), FactKindView.class);
    }

    @NonNull
    @Description("What names it within the report (khóa): the heading's field, the section path (II/5/5.1), the item "
            + "(II/2#3), the document's number, the indicator and breakdown (DOSSIERS_RECEIVED[FIELD=…]).")
    public String getKey() {
        return fact.key();
    }

    @NonNull
    @Description("Its values as the text gives them (giá trị); a value the text does not state is absent, never guessed.")
    public List<@NonNull FactValueView> getValues() {
        return fact.values().entrySet().stream().map(e -> new FactValueView(e.getKey(), e.getValue())).toList();
    }

    @NonNull
    @Description("Where it is written (vị trí trong văn bản).")
    public SourceSpanView getSpan() {
        return new SourceSpanView(fact.span());
    }

    @NonNull
    @Description("The words it was read from, exactly (đoạn trích).")
    public String getQuote() {
        return fact.span().in(text);
    }

    @NonNull
    @Description("The whole paragraph those words stand in (câu nguồn): where the fact comes from.")
    public String getSentence() {
        return fact.span().sentence(text);
    }

    @Description("How sure the reading is, 0 to 1 (độ tin cậy).")
    public double getConfidence() {
        return fact.confidence();
    }

    @NonNull
    @Description("Why to look twice (lưu ý).")
    public List<@NonNull FactFlagView> getFlags() {
        return fact.flags().stream().map(f -> Enums.mirror(f, FactFlagView.class)).toList();
    }

    @NonNull
    @Description("The reviewer's decision (quyết định).")
    public FactDecisionView getDecision() {
        return Enums.mirror(fact.decision(), FactDecisionView.class);
    }

    @Description("True once a reviewer changed its values (đã sửa).")
    public boolean isEdited() {
        return fact.edited();
    }

    @Description("The kind of row the draft made of it (Report, Observation, Document, Unit), once made (bản ghi tạo ra).")
    public String getCreatedType() {
        return fact.createdType().orElse(null);
    }

    @Description("That row's id, as the API gives it (mã bản ghi).")
    public String getCreatedId() {
        return fact.createdId().map(String::valueOf).orElse(null);
    }
}
