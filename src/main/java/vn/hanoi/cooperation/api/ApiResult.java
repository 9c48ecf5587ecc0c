package vn.hanoi.cooperation.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.hanoi.cooperation.result.ResultStatus;

/**
 * One department's yearly results for an indicator, as the result pages show them: its {@code total} (the row
 * without a province) and, apart, its {@code breakdown} by province ("trong đó"), which is part of the total and
 * never to be added to it. {@code department} is null for the city-level figures no department reported. Each
 * figure is a result of its own with its approval status; {@code id} is the first of their ids that the reader may
 * see, and any of them finds the whole. Field names are the API's contract: add fields, never rename or remove one.
 */
record ApiResult(Long id, int year, ApiIndicator indicator, ApiUnit department, Total total, List<Part> breakdown,
		Instant updatedAt) {

	/** The department's total: its own figure, not the sum of the breakdown. */
	record Total(Long resultId, BigDecimal target, BigDecimal actual, boolean actualIsLowerBound,
			ResultStatus status) {
	}

	/** The part of the total about one province, the unit as it was in the result's year. */
	record Part(Long resultId, ApiUnit province, BigDecimal target, BigDecimal actual, boolean actualIsLowerBound,
			ResultStatus status) {
	}

}
