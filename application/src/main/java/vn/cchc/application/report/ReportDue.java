package vn.cchc.application.report;

import java.time.LocalDate;
import java.util.Optional;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.report.Report;
import vn.cchc.domain.unit.Unit;

/**
 * A report a unit owes (báo cáo chưa gửi): the unit, the quarter, the day it is due and, when the caller may read it,
 * the draft or returned report in progress.
 */
public record ReportDue(Unit unit, Period period, LocalDate dueOn, Optional<Report> inProgress) {
}
