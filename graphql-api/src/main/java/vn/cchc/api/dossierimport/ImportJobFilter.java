package vn.cchc.api.dossierimport;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import vn.cchc.api.filter.Conditions;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.IntFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.domain.dossier.ImportJobAttribute;
import vn.cchc.domain.shared.Condition;

@Input("ImportJobFilter")
@Description("Which import jobs (bộ lọc lượt nhập), among those the caller may read: every field given must hold; and / or / "
        + "not combine filters. E.g. the failed ones of this year: {state: {eq: FAILED}, createdOn: {gte: \"2026-01-01\"}}.")
public class ImportJobFilter implements EntityFilter {

    @Description("Where it stands (trạng thái).")
    public ImportStateFilter state;

    @Description("The file's format (định dạng).")
    public ImportFormatFilter format;

    @Description("Who started it (người nhập): the user name.")
    public StringFilter startedBy;

    @Description("The day it was accepted, UTC (ngày nhận).")
    public DateFilter createdOn;

    @Description("The day it ended, UTC (ngày kết thúc); running jobs match no comparison, {isNull: true} finds them.")
    public DateFilter finishedOn;

    @Description("Rows read (số dòng đã đọc).")
    public IntFilter rowsRead;

    @Description("Errors found (tổng số lỗi), those beyond the first 1,000 kept included.")
    public IntFilter errorCount;

    // no @NonNull on the elements: on an input field this engine would make the whole list required
    @Description("Every one of these filters holds (và).")
    public List<ImportJobFilter> and;

    @Description("At least one of these filters holds (hoặc); [] matches nothing.")
    public List<ImportJobFilter> or;

    @Description("This filter does not hold (không): the exact complement among the jobs the caller may read, running jobs "
            + "included.")
    public ImportJobFilter not;

    @Override
    public Condition toCondition(String path) {
        return Conditions.at(path)
                .value("state", state, ImportJobAttribute.STATE)
                .value("format", format, ImportJobAttribute.FORMAT)
                .value("startedBy", startedBy, ImportJobAttribute.STARTED_BY)
                .value("createdOn", createdOn, ImportJobAttribute.CREATED_ON)
                .value("finishedOn", finishedOn, ImportJobAttribute.FINISHED_ON)
                .value("rowsRead", rowsRead, ImportJobAttribute.ROWS_READ)
                .value("errorCount", errorCount, ImportJobAttribute.ERROR_COUNT)
                .build(and, or, not);
    }
}
