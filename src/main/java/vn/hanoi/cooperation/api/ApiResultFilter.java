package vn.hanoi.cooperation.api;

import java.time.Instant;

import vn.hanoi.cooperation.result.ResultStatus;

/**
 * What a client asks of the results (null: anything). {@code department} and {@code province} take in the units
 * merged into them; {@code province} and {@code status} select figures, the others whole departments' results;
 * {@code resultId} asks for the one holding that result.
 */
record ApiResultFilter(Integer year, Long group, Long department, Long province, Long indicator,
		ResultStatus status, Instant updatedSince, Long resultId) {

	static ApiResultFilter holding(Long resultId) {
		return new ApiResultFilter(null, null, null, null, null, null, null, resultId);
	}

}
