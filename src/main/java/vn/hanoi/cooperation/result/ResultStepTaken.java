package vn.hanoi.cooperation.result;

import vn.hanoi.cooperation.audit.RecordChange;

/**
 * Published inside the transaction of a result's step (submitted, returned, approved, confirmed or disputed by
 * its province), so that what listens to it commits or rolls back with the step. {@code text} is the reason of a
 * return or the province's comment.
 */
public record ResultStepTaken(Long resultId, RecordChange.Action step, Long actorId, String text) {
}
