package vn.hanoi.cooperation.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.Viewer;

/** The activity list with its filters, and an activity's detail page. */
@Controller
class ActivityController {

	static final String VIEW_LIST = "activity/activities";

	static final String VIEW_LIST_RESULTS = "activity/activities :: results";

	static final String VIEW_DETAIL = "activity/activity";

	private final ActivitySearch search;

	private final ActivityService service;

	private final ActivityAccess access;

	private final ActivityListOptions listOptions;

	private final EvidenceLimits evidenceLimits;

	private final Clock clock;

	ActivityController(ActivitySearch search, ActivityService service, ActivityAccess access,
			ActivityListOptions listOptions, EvidenceLimits evidenceLimits, Clock clock) {
		this.search = search;
		this.service = service;
		this.access = access;
		this.listOptions = listOptions;
		this.evidenceLimits = evidenceLimits;
		this.clock = clock;
	}

	/** Filters update the results without a reload when htmx asks (HX-Request); the full page otherwise. */
	@GetMapping("/activities")
	String list(@ModelAttribute("filter") ActivityFilter filter, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.search.find(filter, viewer, today()));
		model.addAttribute("canCreate", this.access.canCreate(viewer));
		if (htmx != null) {
			return VIEW_LIST_RESULTS;
		}
		this.listOptions.addTo(model, viewer);
		return VIEW_LIST;
	}

	/** {@code evidenceError} and {@code progressError=tooLarge} come from the upload limit filter ({@link EvidenceUploadReturn}). */
	@GetMapping("/activities/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) String evidenceError,
			@RequestParam(required = false) String progressError, Viewer viewer, Model model) {
		if ("tooLarge".equals(evidenceError) && !model.containsAttribute("evidenceError")) {
			model.addAttribute("evidenceError", new EvidenceRefused(null, evidenceError));
		}
		if ("tooLarge".equals(progressError) && !model.containsAttribute("progressEvidenceError")) {
			model.addAttribute("progressEvidenceError", new EvidenceRefused(null, "noteTooLarge"));
		}
		return show(id, viewer, model);
	}

	String show(Long id, Viewer viewer, Model model) {
		ActivityDetail detail = this.service.detailOf(id, viewer);
		ActivityFacts activity = detail.activity();
		model.addAttribute("activity", activity);
		model.addAttribute("today", today());
		model.addAttribute("deadlineStatus", activity.deadlineStatus(today()));
		// Partners and agreement come narrowed to what the viewer may see (ActivityDetails).
		model.addAttribute("partners", activity.partnerProvinces());
		model.addAttribute("agreement", activity.agreement());
		model.addAttribute("progress", detail.progress());
		model.addAttribute("activityEvidence", detail.evidence().stream().filter(e -> e.progressUpdateId() == null).toList());
		model.addAttribute("noteEvidence", detail.evidence().stream()
			.filter(e -> e.progressUpdateId() != null)
			.collect(Collectors.groupingBy(ActivityDetail.EvidenceFile::progressUpdateId)));
		model.addAttribute("evidenceLimits", this.evidenceLimits);
		model.addAttribute("removableEvidence", detail.evidence().stream()
			.filter(e -> this.access.canRemoveEvidence(viewer, activity, e.uploadedBy(), e.uploaderMayStillEdit()))
			.map(ActivityDetail.EvidenceFile::id)
			.collect(Collectors.toSet()));
		model.addAttribute("comments", detail.comments());
		model.addAttribute("canComment", this.access.canComment(viewer, activity));
		model.addAttribute("commentChoosesProvince", !viewer.isProvince());
		model.addAttribute("commentNeedsSharing", this.access.mustShareBeforeCommenting(viewer, activity));
		if (this.access.canComment(viewer, activity) && !model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", CommentForm.blank());
		}
		model.addAttribute("canEdit", this.access.canEdit(viewer, activity));
		if (!viewer.isProvince()) {
			model.addAttribute("history", detail.history());
		}
		// After a refused post the forms are already in the model, with their errors: keep them.
		if (this.access.canEdit(viewer, activity) && !model.containsAttribute("progressForm")) {
			model.addAttribute("progressForm", ProgressForm.today(today()));
		}
		if (this.access.canEdit(viewer, activity) && !model.containsAttribute("completionForm")) {
			model.addAttribute("completionForm", CompletionForm.today(today(), activity.version()));
		}
		return VIEW_DETAIL;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
