package vn.hanoi.cooperation.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityFilter;
import vn.hanoi.cooperation.activity.ActivityStatus;
import vn.hanoi.cooperation.activity.DeadlineStatus;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Activities for other systems: the list's filters and the reader's scope as on the list page, in id order with a
 * cursor, and one activity with its progress notes. An activity the reader may not see is not found.
 */
@RestController
@ReadApi
@Tag(name = "Activities")
class ApiActivityController {

	private final ApiActivityReads reads;

	private final ApiActivityPages pages;

	private final Clock clock;

	ApiActivityController(ApiActivityReads reads, ApiActivityPages pages, Clock clock) {
		this.reads = reads;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/activities")
	@Operation(operationId = "listActivities", summary = "Activities the token's owner may see, in id order",
			description = "The filters of the portal's activity list, with its two checkboxes that the dashboard's "
					+ "links tick (`without_cancelled`, `without_predecessors`: ask with both what a department's row "
					+ "of the dashboard counts); a page of at most `limit` activities and the cursor of the next "
					+ "page (`next`, null on the last page).")
	ResponseEntity<ApiPage<ApiActivity>> list(
			@Parameter(description = "Plan year, e.g. 2022.") @RequestParam(required = false) Integer year,
			@Parameter(description = "Group id (/api/v1/groups).") @RequestParam(required = false) Long group,
			@Parameter(description = "Lead department id (/api/v1/departments); a merged department includes "
					+ "its predecessors.") @RequestParam(required = false) Long department,
			@Parameter(description = "Partner province id (/api/v1/provinces); a merged province includes its "
					+ "predecessors.") @RequestParam(required = false) Long province,
			@Parameter(description = "Lifecycle status.") @RequestParam(required = false) ActivityStatus status,
			@Parameter(description = "Deadline status, derived from the deadline and the completion date.")
			@RequestParam(name = "deadline_status", required = false) DeadlineStatus deadlineStatus,
			@Parameter(description = "Text in the title, the description, a partner province's name or an "
					+ "attached evidence file; diacritics ignored (`ha noi` finds `Hà Nội`).") @RequestParam(required = false) String q,
			@Parameter(description = "`true`: leave out cancelled activities, as the dashboard counts them.")
			@RequestParam(name = "without_cancelled", required = false) Boolean withoutCancelled,
			@Parameter(description = "`true`: the lead department `department` alone, as it was on the day, without "
					+ "the departments merged into it (on 1 March 2025), as a dashboard row of 2025 counts it.")
			@RequestParam(name = "without_predecessors", required = false) Boolean withoutPredecessors,
			@Parameter(description = "Only activities changed since then: an instant with its offset "
					+ "(2026-11-26T08:00:00+07:00) or a day (2026-11-26, from midnight in Hanoi).")
			@RequestParam(name = "updated_since", required = false) String updatedSince,
			@Parameter(description = "The `next` value of the previous page; none for the first page.")
			@RequestParam(required = false) String cursor,
			@Parameter(description = "Page size, 1 to 200 (50 when not given).")
			@RequestParam(required = false) Integer limit,
			Viewer viewer) {
		LocalDate today = LocalDate.now(this.clock);
		int size = ApiPage.limit(limit);
		ActivityFilter filter = new ActivityFilter(year, group, department, province, status, deadlineStatus, q, null,
				null, null, withoutCancelled, withoutPredecessors);
		return ApiAnswers.page(this.pages.page(filter, viewer, today, UpdatedSince.parse(updatedSince),
				ApiCursor.position(cursor), size + 1), size, ApiActivity::id);
	}

	@GetMapping("/api/v1/activities/{id}")
	@Operation(operationId = "getActivity", summary = "One activity")
	ResponseEntity<ApiActivity> activity(@PathVariable Long id, Viewer viewer) {
		ApiActivity activity = readable(id, viewer);
		return ApiAnswers.ok(activity, activity.updatedAt());
	}

	@GetMapping("/api/v1/activities/{id}/progress-notes")
	@Operation(operationId = "listProgressNotes", summary = "An activity's dated progress notes")
	ResponseEntity<List<ApiProgressNote>> progressNotes(@PathVariable Long id, Viewer viewer) {
		ApiActivity activity = readable(id, viewer);
		return ApiAnswers.ok(this.reads.progressNotes(id), activity.updatedAt());
	}

	private ApiActivity readable(Long id, Viewer viewer) {
		return this.reads.find(List.of(id), ReadScope.of(viewer), LocalDate.now(this.clock))
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

}
