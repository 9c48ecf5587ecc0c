package vn.hanoi.cooperation.result;

import java.util.List;

/**
 * Several results submitted together from the results grid, published once in the saving transaction: the
 * coordinators are told of each, as of a result submitted from its own form ({@link ResultStepTaken}).
 */
public record ResultsSubmitted(List<Long> resultIds, Long actorId) {
}
