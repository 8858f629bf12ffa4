package vn.cchc.api.finding;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import vn.cchc.api.error.Messages;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.finding.FindingRule;

@Type("FindingRule")
@Description("A data-quality rule (quy tắc kiểm tra): its stable code, its severity and what it checks.")
public class FindingRuleView {

    private final FindingRule rule;
    private final Locale language;

    FindingRuleView(FindingRule rule, Locale language) {
        this.rule = rule;
        this.language = language;
    }

    @NonNull
    @Description("The code (mã quy tắc), stable: a rule that changes its meaning gets a new one, e.g. LISTED_UNITS_MISMATCH.")
    public String getCode() {
        return rule.code();
    }

    @NonNull
    @Description("How much its findings weigh (mức độ).")
    public FindingSeverityView getSeverity() {
        return Enums.mirror(rule.severity(), FindingSeverityView.class);
    }

    @NonNull
    @Description("What it checks (nội dung kiểm tra), in the language the request's Accept-Language asks for: Vietnamese or English.")
    public String getDescription() {
        return Messages.either(language, rule.descriptionVi(), rule.descriptionEn());
    }
}
