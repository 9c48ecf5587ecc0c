package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.audit.ChangeLog;
import vn.hanoi.cooperation.audit.HistoryEntry;
import vn.hanoi.cooperation.audit.RecordChange;
import vn.hanoi.cooperation.audit.RecordKind;
import vn.hanoi.cooperation.document.CheckedDocument;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.system.HistoryNames;
import vn.hanoi.cooperation.system.NotFoundException;

/** Writes activities and keeps their history: every change says who, when, which field, old and new value. */
@Service
public class ActivityService {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Activities activities;

	private final ChangeLog changes;

	private final ProgressUpdates progressUpdates;

	private final ActivityAccess access;

	private final ActivityComments comments;

	private final List<ActivityReference> references;

	private final ApplicationEventPublisher events;

	private final EvidenceService evidence;

	private final ActivityDetails details;

	ActivityService(Activities activities, ChangeLog changes, ProgressUpdates progressUpdates,
			ActivityComments comments, ActivityAccess access, List<ActivityReference> references,
			ApplicationEventPublisher events, EvidenceService evidence, ActivityDetails details) {
		this.events = events;
		this.evidence = evidence;
		this.details = details;
		this.activities = activities;
		this.changes = changes;
		this.progressUpdates = progressUpdates;
		this.comments = comments;
		this.access = access;
		this.references = references;
	}

	/** The activity if the viewer may see it; otherwise not found, exactly as if it did not exist. */
	@Transactional(readOnly = true)
	public Activity findVisible(Long id, Viewer viewer) {
		return this.activities.findWithDetailsById(id)
			.filter(activity -> this.access.canRead(viewer, activity))
			.orElseThrow(NotFoundException::new);
	}

	/** Everything the activity's page shows, if the viewer may see it; otherwise not found. */
	ActivityDetail detailOf(Long id, Viewer viewer) {
		return this.details.find(id, ReadScope.of(viewer)).orElseThrow(NotFoundException::new);
	}

	/** The activity if the viewer may change it; an activity they may not change answers 404 too. */
	Activity findEditable(Long id, Viewer viewer) {
		return this.activities.findWithDetailsById(id)
			.filter(activity -> this.access.canEdit(viewer, activity))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * What saving the new-activity form did: the activity it created, or the one its department already leads in
	 * the plan under that title.
	 */
	record Creation(Activity created, ActivityTitle sameTitle) {
	}

	/**
	 * A new activity unless its department already leads one of that title in the plan (the importer's rule,
	 * {@link NewActivityTitles}): the form saved again after Back, or from a second tab, carries a fresh one-time
	 * token and would otherwise add the activity twice. Checked under the importer's lock, so two saves at once
	 * see each other.
	 */
	@Transactional
	Creation createUnlessTitleTaken(ActivityDraft draft, Viewer viewer) {
		new NewActivityLocks(this.activities).hold(List.of(draft), List.of());
		Optional<ActivityTitle> same = new NewActivityTitles(this.activities)
			.existing(NewActivityTitles.NewTitle.of(draft));
		return same.map(title -> new Creation(null, title)).orElseGet(() -> new Creation(create(draft, viewer), null));
	}

	@Transactional
	Activity create(ActivityDraft draft, Viewer viewer) {
		Activity activity = new Activity(draft.plan(), viewer.accountId());
		activity.apply(draft, viewer.accountId());
		activity = this.activities.saveAndFlush(activity);
		this.changes.record(RecordKind.ACTIVITY, activity.getId(), RecordChange.Action.CREATED, null, null,
				activity.getTitle(), activity.getVersion(), viewer);
		return activity;
	}

	/** Applies the draft and records each changed field; the caller has checked the version. */
	@Transactional
	void update(Activity activity, ActivityDraft draft, Viewer viewer) {
		Map<String, String> before = snapshot(activity);
		activity.apply(draft, viewer.accountId());
		// The activity was read outside this transaction: the merged copy carries the new version. A save that
		// races another one between the caller's version check and here fails on @Version instead.
		Activity saved = this.activities.saveAndFlush(activity);
		recordDifferences(saved, before, RecordChange.Action.UPDATED, viewer);
	}

	@Transactional
	void complete(Activity activity, LocalDate completedOn, String summary, Viewer viewer) {
		Map<String, String> before = snapshot(activity);
		activity.complete(completedOn, summary, viewer.accountId());
		Activity saved = this.activities.saveAndFlush(activity);
		recordDifferences(saved, before, RecordChange.Action.COMPLETED, viewer);
	}

	@Transactional
	void addProgress(Activity activity, LocalDate notedOn, String note, List<CheckedDocument> files, Viewer viewer) {
		requireStillThere(this.activities, activity);
		ProgressUpdate update = this.progressUpdates.save(new ProgressUpdate(activity.getId(), notedOn, note,
				viewer.accountId(), viewer.displayName()));
		this.evidence.attach(activity, update.getId(), files, viewer);
		this.activities.touch(activity.getId());
	}

	/** Why the activity may not be deleted, or empty when it may. */
	@Transactional(readOnly = true)
	Optional<String> deletionRefusal(Activity activity) {
		return this.references.stream()
			.filter(reference -> reference.refersTo(activity.getId()))
			.map(ActivityReference::refusalMessageKey)
			.findFirst();
	}

	/** Deletes the activity; its history keeps a snapshot of every field. */
	@Transactional
	void delete(Activity activity, Viewer viewer) {
		// A deletion that lost the race finds no row (or another version) here and writes nothing: without this it
		// would record a second deletion, since the repository deletes a row that is already gone without a word.
		if (!this.activities.lockVersion(activity.getId()).equals(Optional.of(activity.getVersion()))) {
			throw new ObjectOptimisticLockingFailureException(Activity.class, activity.getId());
		}
		this.changes.recordDeletion(RecordKind.ACTIVITY, activity.getId(), snapshot(activity), activity.getVersion(),
				viewer);
		this.activities.delete(activity);
	}

	@Transactional
	void addComment(Activity activity, Province province, String body, Viewer viewer) {
		requireStillThere(this.activities, activity);
		this.comments.save(new ActivityComment(activity.getId(), province, viewer.accountId(), viewer.displayName(),
				viewer.isProvince(), body));
		this.events.publishEvent(new ActivityCommented(activity.getId(), province.getId(), viewer.isProvince(),
				viewer.accountId(), body));
	}

	/**
	 * The activity, read before this transaction, locked until it ends: deleted meanwhile, a note, file or comment
	 * for it is not found (404) instead of failing on the foreign key (500); a deletion waits for the write.
	 */
	static void requireStillThere(Activities activities, Activity activity) {
		if (activities.lockVersion(activity.getId()).isEmpty()) {
			throw new NotFoundException();
		}
	}

	/** What others saved since the version a user began editing. */
	@Transactional(readOnly = true)
	List<HistoryEntry> changesSince(Long activityId, long version) {
		return this.changes.changesSince(RecordKind.ACTIVITY, activityId, version);
	}

	private void recordDifferences(Activity activity, Map<String, String> before, RecordChange.Action action,
			Viewer viewer) {
		this.changes.recordDifferences(RecordKind.ACTIVITY, activity.getId(), action, before, snapshot(activity),
				activity.getVersion(), viewer);
	}

	/**
	 * Field → value as the history shows it; status and sharing are kept as codes and translated on display, and
	 * departments and provinces are named as {@link HistoryNames} says (an ended unit with its last day).
	 */
	static Map<String, String> snapshot(Activity activity) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("planYear", String.valueOf(activity.getPlan().getYear()));
		values.put("group", activity.getGroup().getNumber() + ". " + activity.getGroup().getNameVi());
		values.put("leadDepartment", HistoryNames.of(activity.getLeadDepartment()));
		values.put("coordinatingDepartments", names(activity.getCoordinatingDepartments().stream()
			.map(HistoryNames::of)
			.toList()));
		values.put("partnerProvinces", names(activity.getPartnerProvinces().stream().map(HistoryNames::of).toList()));
		values.put("agreement", activity.getAgreement() == null ? null : activity.getAgreement().getTitle());
		values.put("title", activity.getTitle());
		values.put("description", activity.getDescription());
		values.put("plannedStart", day(activity.getPlannedStart()));
		values.put("deadline", day(activity.getDeadline()));
		values.put("status", activity.getStatus().name());
		values.put("actualCompletion", day(activity.getActualCompletion()));
		values.put("resultSummary", activity.getResultSummary());
		values.put("budgetPlanned", Money.plain(activity.getBudgetPlanned()));
		values.put("budgetSpent", Money.plain(activity.getBudgetSpent()));
		values.put("sharedWithProvinces", String.valueOf(activity.isSharedWithProvinces()));
		values.replaceAll((k, v) -> v == null || v.isEmpty() ? null : v);
		return values;
	}

	private static String names(List<String> names) {
		return names.isEmpty() ? null : String.join(", ", names);
	}

	private static String day(LocalDate day) {
		return day == null ? null : DAY.format(day);
	}

}
