package vn.hanoi.cooperation.api;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.result.ResultStatus;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Yearly results for other systems, read as the result pages read them: Hanoi's users every department's rows
 * in every state, a province officer the approved rows about their units only. A result the reader may not see is
 * not found.
 */
@RestController
@ReadApi
@Tag(name = "Yearly results")
class ApiResultController {

	private final ApiResultReads reads;

	ApiResultController(ApiResultReads reads) {
		this.reads = reads;
	}

	@Operation(operationId = "listResults", summary = "Yearly results: each department's total beside its province breakdown")
	@GetMapping("/api/v1/results")
	ResponseEntity<ApiPage<ApiResult>> list(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long group, @RequestParam(required = false) Long department,
			@RequestParam(required = false) Long province, @RequestParam(required = false) Long indicator,
			@RequestParam(required = false) ResultStatus status,
			@RequestParam(name = "updated_since", required = false) String updatedSince,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
			Viewer viewer) {
		int size = ApiPage.limit(limit);
		ApiResultFilter filter = new ApiResultFilter(year, group, department, province, indicator, status,
				UpdatedSince.parse(updatedSince), null);
		return ApiAnswers.page(this.reads.find(filter, ReadScope.of(viewer), ApiCursor.position(cursor), size + 1),
				size, ApiResult::id);
	}

	/** The department's results holding result {@code id}, found only when the reader may see that result itself. */
	@Operation(operationId = "getResult", summary = "The department's results holding one result")
	@GetMapping("/api/v1/results/{id}")
	ResponseEntity<ApiResult> result(@PathVariable Long id, Viewer viewer) {
		ApiResult result = this.reads.find(ApiResultFilter.holding(id), ReadScope.of(viewer), 0, 1)
			.stream()
			.filter(found -> holds(found, id))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		// No Last-Modified, as for lists: the rows are a set, and one deleted (or returned, for a province) leaves
		// the newest remaining row's time, so If-Modified-Since would answer 304 for a changed answer. The ETag tells.
		return ApiAnswers.ok(result, null);
	}

	private static boolean holds(ApiResult result, Long id) {
		return (result.total() != null && id.equals(result.total().resultId()))
				|| result.breakdown().stream().anyMatch(part -> id.equals(part.resultId()));
	}

}
