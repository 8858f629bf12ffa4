package vn.cchc.api.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import vn.cchc.api.analytics.PeriodInput;
import vn.cchc.api.analytics.RankingView;
import vn.cchc.api.error.Arguments;
import vn.cchc.api.error.Messages;
import vn.cchc.api.error.Writes;
import vn.cchc.api.filter.EntityFilter;
import vn.cchc.api.filter.ListCriteria;
import vn.cchc.api.finding.FindingInputs.ChangeDataFindingStatusInput;
import vn.cchc.api.finding.FindingInputs.EvaluateDataFindingsInput;
import vn.cchc.api.mapping.Enums;
import vn.cchc.api.paging.Paging;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.api.unit.UnitFilter;
import vn.cchc.application.finding.FindingService;
import vn.cchc.application.security.Caller;
import vn.cchc.application.security.Operation;
import vn.cchc.domain.finding.FindingRules;
import vn.cchc.domain.finding.FindingStatus;
import vn.cchc.domain.period.Period;
import vn.cchc.domain.shared.Condition;
import vn.cchc.domain.statistics.PeriodSeries;

/** Data-quality findings over GraphQL; thin: the {@link FindingService} checks and does everything. */
@GraphQLApi
@ApplicationScoped
public class FindingOperations {

    @Inject
    FindingService service;

    @Inject
    CurrentCaller caller;

    @Inject
    Validator validator;

    @Inject
    HttpServletRequest request;

    @Query("dataFindingRules")
    @NonNull
    @Description("The data-quality rules (các quy tắc kiểm tra chất lượng số liệu), in the order their findings are listed.")
    public List<@NonNull FindingRuleView> dataFindingRules() {
        caller.require(Operation.READ_ANALYTICS, "dataFindingRules");
        Locale language = language();
        return FindingRules.ALL.stream().map(r -> new FindingRuleView(r, language)).toList();
    }

    @Query("dataFindings")
    @NonNull
    @Description("Data-quality findings (các phát hiện về chất lượng số liệu), most serious first, then newest, unless "
            + "ordered otherwise: for every signed-in caller, as the reports they are about were sent to Home Affairs.")
    public DataFindingConnection dataFindings(
            @Name("filter") @Description("Only the findings matching this filter (lọc phát hiện); all when absent.") DataFindingFilter filter,
            @Name("orderBy") @Description("The order (sắp xếp): keys in turn, ties finally by id; default most serious first.") List<DataFindingOrder> orderBy,
            @Name("first") @Description(Paging.FIRST) Integer first,
            @Name("after") @Description(Paging.AFTER) String after) {
        Locale language = language();
        return Writes.translated(() -> {
            Caller reader = caller.get();
            return Paging.list(ListCriteria.of(filter, orderBy), first, after, (criteria, page) -> service.find(reader, criteria, page),
                    condition -> service.count(reader, condition), f -> new DataFindingView(f, language), DataFindingConnection::new);
        });
    }

    @Query("dataFinding")
    @Description("A data-quality finding (phát hiện) by id; null when none has it.")
    public DataFindingView dataFinding(
            @NonNull @Id @Name("id") @Description("The finding's id (mã phát hiện), as DataFinding.id gives it.") String id) {
        Locale language = language();
        return Writes.translated(() -> service.find(caller.get(), id).map(f -> new DataFindingView(f, language)).orElse(null));
    }

    @Query("dataQualityRanking")
    @NonNull
    @Description("The reporting units (departments, districts) among the selected ranked by their data quality (xếp hạng "
            + "chất lượng số liệu) for a period: by how many findings matching the filter each has on it, fewest first, so "
            + "that rank 1 has the cleanest data; beside the same ranking of the period before.")
    public RankingView dataQualityRanking(
            @NonNull @Name("period") @Description("The period ranked (kỳ xếp hạng).") PeriodInput period,
            @Name("units") @Description("The units to rank (đơn vị), e.g. {within: \"MH\"}; default every reporting unit.") UnitFilter units,
            @Name("filter") @Description("The findings counted (phát hiện được tính); default those not resolved, "
                    + "{status: {in: [OPEN, ACKNOWLEDGED]}}.") DataFindingFilter filter) {
        Period when = PeriodInput.read("period", period);
        Condition selection = units == null ? Condition.TRUE : units.toCondition("units");
        Optional<Condition> counted = Optional.ofNullable(filter).map(f -> EntityFilter.of(f, "filter"));
        return Writes.translated(() -> new RankingView(service.ranking(caller.get(), selection, counted, when)));
    }

    @Mutation("evaluateDataFindings")
    @NonNull
    @Description("Runs the data-quality rules (kiểm tra chất lượng số liệu) on every unit of a subtree that reports each "
            + "quarter, for each quarter of a range: admin and Home Affairs. What the units sent to Home Affairs is read; "
            + "the scope's findings are brought up to date: new ones open, those found again keep their status (a resolved "
            + "one opens again), those no longer found are resolved. Reports are also checked as they are sent.")
    public EvaluateDataFindingsPayload evaluateDataFindings(
            @NonNull @Name("input") @Description("The subtree and the quarters (phạm vi kiểm tra).") EvaluateDataFindingsInput input) {
        Locale language = language();
        return Writes.run(validator, input, () -> {
            Caller running = caller.get();
            Period first = PeriodInput.read("input.from", input.from);
            Period last = PeriodInput.read("input.through", input.through);
            PeriodSeries quarters = Arguments.read("input.through", () -> PeriodSeries.of(first, last));
            return new EvaluateDataFindingsPayload(service.evaluate(running, input.unitCode, quarters), language);
        });
    }

    @Mutation("changeDataFindingStatus")
    @NonNull
    @Description("Moves a data-quality finding (cập nhật trạng thái phát hiện): acknowledged with a comment saying why the "
            + "figures stand, resolved, or open again. Home Affairs and admin on any finding, a reporter on its subtree's.")
    public DataFindingPayload changeDataFindingStatus(
            @NonNull @Name("input") @Description("The finding, the version read, the new status and the comment.") ChangeDataFindingStatusInput input) {
        Locale language = language();
        return Writes.run(validator, input, () -> new DataFindingPayload(service.changeStatus(caller.get(), input.id, input.version,
                Enums.mirror(input.status, FindingStatus.class), input.comment), language));
    }

    private Locale language() {
        return Messages.negotiate(request.getHeader("Accept-Language"));
    }
}
