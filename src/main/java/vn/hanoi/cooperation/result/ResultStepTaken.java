package vn.hanoi.cooperation.result;

/**
 * Published inside the transaction of a result's step (submitted, returned, approved, confirmed or disputed by
 * its province), so that what listens to it commits or rolls back with the step. {@code text} is the reason of a
 * return or the province's comment.
 */
public record ResultStepTaken(Long resultId, ResultChange.Action step, Long actorId, String text) {
}
