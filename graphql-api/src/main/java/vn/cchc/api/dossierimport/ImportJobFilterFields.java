package vn.cchc.api.dossierimport;

import org.eclipse.microprofile.graphql.Description;
import vn.cchc.api.filter.DateFilter;
import vn.cchc.api.filter.IntFilter;
import vn.cchc.api.filter.StringFilter;
import vn.cchc.domain.dossier.ImportJobAttribute;
import vn.cchc.processor.FilterFields;

@FilterFields(name = "ImportJobFilter", attributes = ImportJobAttribute.class,
        complement = "the exact complement among the jobs the caller may read, running jobs included",
        description = "Which import jobs (bộ lọc lượt nhập), among those the caller may read: every field given must hold; and / or / "
                + "not combine filters. E.g. the failed ones of this year: {state: {eq: FAILED}, createdOn: {gte: \"2026-01-01\"}}.")
public abstract class ImportJobFilterFields {

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
}
