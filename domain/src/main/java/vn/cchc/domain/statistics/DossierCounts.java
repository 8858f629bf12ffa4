package vn.cchc.domain.statistics;

import java.util.Optional;
import vn.cchc.domain.indicator.Ratio;
import vn.cchc.domain.shared.DomainException;

/**
 * The measures one-stop systems publish for a period, counted over a group of dossiers. A dossier is "to process"
 * in a period when it was received before the period ends and not closed before it starts; each such dossier is
 * then either closed in the period (resolved early, on time or late, returned, withdrawn) or still in progress at
 * its end, so {@code toProcess() = resolved() + returned + withdrawn + inProgress()}.
 *
 * @param carriedOver       received before the period starts and not closed before it starts (tồn kỳ trước chuyển sang)
 * @param received          received in the period (tiếp nhận trong kỳ)
 * @param resolvedEarly     closed in the period, resolved before the due date (giải quyết trước hạn)
 * @param resolvedOnTime    closed in the period, resolved on the due date (giải quyết đúng hạn)
 * @param resolvedLate      closed in the period, resolved after the due date (giải quyết trễ hạn)
 * @param returned          closed in the period, returned to the applicant unresolved (trả lại)
 * @param withdrawn         closed in the period, withdrawn by the applicant (rút hồ sơ)
 * @param inProgressNotDue  open at the end of the period and due on or after its last day (đang giải quyết, chưa đến hạn)
 * @param inProgressOverdue open at the end of the period and due before its last day (đang giải quyết, quá hạn)
 * @param online            received in the period and submitted online (tiếp nhận trực tuyến)
 */
public record DossierCounts(long carriedOver, long received, long resolvedEarly, long resolvedOnTime, long resolvedLate,
                            long returned, long withdrawn, long inProgressNotDue, long inProgressOverdue, long online) {

    public static final DossierCounts NONE = new DossierCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public DossierCounts {
        DomainException.require(carriedOver >= 0 && received >= 0 && resolvedEarly >= 0 && resolvedOnTime >= 0
                        && resolvedLate >= 0 && returned >= 0 && withdrawn >= 0 && inProgressNotDue >= 0
                        && inProgressOverdue >= 0 && online >= 0,
                "INVALID_COUNT", "dossier counts must not be negative");
        DomainException.require(online <= received, "INVALID_COUNT",
                "online dossiers (" + online + ") cannot exceed received ones (" + received + ")");
    }

    /** Tổng số hồ sơ phải giải quyết: carried over + received. */
    public long toProcess() {
        return carriedOver + received;
    }

    /** Đã giải quyết: early + on time + late; returned and withdrawn dossiers are closed but not resolved. */
    public long resolved() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    /** Đang giải quyết at the end of the period: not yet due + overdue. */
    public long inProgress() {
        return inProgressNotDue + inProgressOverdue;
    }

    /** Tỷ lệ giải quyết đúng hạn: (early + on time) / resolved; empty when nothing was resolved. */
    public Optional<Ratio> onTimeRate() {
        return Ratio.ifDefined(resolvedEarly + resolvedOnTime, resolved());
    }

    /** Tỷ lệ hồ sơ trực tuyến: online / received; empty when nothing was received. */
    public Optional<Ratio> onlineRate() {
        return Ratio.ifDefined(online, received);
    }

    /** Tỷ lệ trễ hạn: (resolved late + in progress overdue) / to process; empty when there was nothing to process. */
    public Optional<Ratio> lateRate() {
        return Ratio.ifDefined(resolvedLate + inProgressOverdue, toProcess());
    }

    public boolean isEmpty() {
        return toProcess() == 0;
    }

    /**
     * The counts of these dossiers together with another, separate group of dossiers over the same period: every
     * measure adds up (a unit's dossiers are the sum of its procedures', channels' and kinds').
     */
    public DossierCounts plus(DossierCounts other) {
        return new DossierCounts(carriedOver + other.carriedOver, received + other.received,
                resolvedEarly + other.resolvedEarly, resolvedOnTime + other.resolvedOnTime, resolvedLate + other.resolvedLate,
                returned + other.returned, withdrawn + other.withdrawn, inProgressNotDue + other.inProgressNotDue,
                inProgressOverdue + other.inProgressOverdue, online + other.online);
    }
}
