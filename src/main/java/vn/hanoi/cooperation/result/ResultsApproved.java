package vn.hanoi.cooperation.result;

import java.util.List;

/**
 * Several results approved together (the approval queue's batch), published once in the approving transaction so
 * that listeners handle them all in a few statements rather than a few per result.
 */
public record ResultsApproved(List<Long> resultIds, Long actorId) {
}
