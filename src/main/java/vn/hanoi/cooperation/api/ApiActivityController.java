package vn.hanoi.cooperation.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityFilter;
import vn.hanoi.cooperation.activity.ActivitySearch;
import vn.hanoi.cooperation.activity.ActivityStatus;
import vn.hanoi.cooperation.activity.DeadlineStatus;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Activities for other systems: the list's filters and the reader's scope as on the list page, in id order with a
 * cursor, and one activity with its progress notes. An activity the reader may not see is not found.
 */
@RestController
@ReadApi
class ApiActivityController {

	private final ActivitySearch search;

	private final ApiActivityReads reads;

	private final Clock clock;

	ApiActivityController(ActivitySearch search, ApiActivityReads reads, Clock clock) {
		this.search = search;
		this.reads = reads;
		this.clock = clock;
	}

	@GetMapping("/api/v1/activities")
	ResponseEntity<ApiPage<ApiActivity>> list(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long group, @RequestParam(required = false) Long department,
			@RequestParam(required = false) Long province, @RequestParam(required = false) ActivityStatus status,
			@RequestParam(name = "deadline_status", required = false) DeadlineStatus deadlineStatus,
			@RequestParam(required = false) String q,
			@RequestParam(name = "updated_since", required = false) String updatedSince,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
			Viewer viewer) {
		LocalDate today = LocalDate.now(this.clock);
		int size = ApiPage.limit(limit);
		ActivityFilter filter = new ActivityFilter(year, group, department, province, status, deadlineStatus, q, null,
				null);
		List<Long> ids = this.search.idsAfter(filter, viewer, today, UpdatedSince.parse(updatedSince),
				ApiCursor.position(cursor), size + 1);
		return ApiAnswers.page(this.reads.find(ids, ReadScope.of(viewer), today), size, ApiActivity::id,
				ApiActivity::updatedAt);
	}

	@GetMapping("/api/v1/activities/{id}")
	ResponseEntity<ApiActivity> activity(@PathVariable Long id, Viewer viewer) {
		ApiActivity activity = readable(id, viewer);
		return ApiAnswers.ok(activity, activity.updatedAt());
	}

	@GetMapping("/api/v1/activities/{id}/progress-notes")
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
