package vn.hanoi.cooperation.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.activity.ActivityCommented;
import vn.hanoi.cooperation.audit.RecordChange;
import vn.hanoi.cooperation.result.ResultStepTaken;
import vn.hanoi.cooperation.result.ResultsApproved;
import vn.hanoi.cooperation.result.ResultsSubmitted;
import vn.hanoi.cooperation.result.YearLocked;

/**
 * Turns the changes other features publish into notices. It listens synchronously, so it runs in the transaction
 * of the change: the notifications and the e-mails to send (the outbox) commit with it or not at all.
 */
@Component
class ChangeNotifications {

	private static final Map<RecordChange.Action, NotificationKind> RESULT_KINDS = Map.of(
			RecordChange.Action.SUBMITTED, NotificationKind.RESULT_SUBMITTED, RecordChange.Action.RETURNED,
			NotificationKind.RESULT_RETURNED, RecordChange.Action.APPROVED, NotificationKind.RESULT_APPROVED,
			RecordChange.Action.CONFIRMED, NotificationKind.RESULT_CONFIRMED, RecordChange.Action.DISPUTED,
			NotificationKind.RESULT_DISPUTED);

	private final JdbcClient jdbc;

	private final NotificationRecipients recipients;

	private final NotificationRecorder recorder;

	ChangeNotifications(JdbcClient jdbc, NotificationRecipients recipients, NotificationRecorder recorder) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.recorder = recorder;
	}

	private record ResultItem(Long id, Long departmentId, Long provinceId, String labelVi, String labelEn) {
	}

	@EventListener
	void on(ResultStepTaken event) {
		NotificationKind kind = RESULT_KINDS.get(event.step());
		if (kind == null) {
			return;
		}
		ResultItem item = resultItems(List.of(event.resultId())).get(0);
		this.recorder.record(
				new Notice(kind, "/results/" + event.resultId(), item.labelVi(), item.labelEn(), event.text()),
				this.recipients.forResult(kind, item.departmentId(), item.provinceId(), event.actorId()));
	}

	/** Results submitted from the grid: each one told to the coordinators, as one submitted from its form is. */
	@EventListener
	void on(ResultsSubmitted event) {
		NotificationKind kind = NotificationKind.RESULT_SUBMITTED;
		List<Recipient> coordinators = this.recipients.forResult(kind, null, null, event.actorId());
		List<NotificationRecorder.Addressed> addressed = new ArrayList<>();
		for (ResultItem item : resultItems(event.resultIds())) {
			Notice notice = new Notice(kind, "/results/" + item.id(), item.labelVi(), item.labelEn(), null);
			coordinators.forEach(coordinator -> addressed.add(new NotificationRecorder.Addressed(notice, coordinator)));
		}
		this.recorder.recordAll(addressed);
	}

	/** What a notice about each result says: "indicator – year – department – province", in both languages. */
	private List<ResultItem> resultItems(List<Long> resultIds) {
		return this.jdbc.sql("""
				select r.id, r.department_id, r.province_id, %s
				from yearly_results r
				join indicators i on i.id = r.indicator_id
				left join departments d on d.id = r.department_id
				left join provinces p on p.id = r.province_id
				where r.id in (:resultIds)
				order by r.id""".formatted(NotificationRecipients.RESULT_LABELS))
			.params(this.recipients.labelWords())
			.param("resultIds", resultIds)
			.query((rs, n) -> new ResultItem(rs.getLong("id"), rs.getObject("department_id", Long.class),
					rs.getObject("province_id", Long.class), rs.getString("label_vi"), rs.getString("label_en")))
			.list();
	}

	/** A bulk approval: the same notices as one approval at a time would record, in a few statements in all. */
	@EventListener
	void on(ResultsApproved event) {
		this.recorder.recordAll(this.recipients.forApprovedResults(event.resultIds(), event.actorId()));
	}

	private record ActivityItem(Long leadDepartmentId, String title) {
	}

	@EventListener
	void on(ActivityCommented event) {
		ActivityItem item = this.jdbc.sql("select lead_department_id, title from activities where id = :activityId")
			.param("activityId", event.activityId())
			.query((rs, n) -> new ActivityItem(rs.getLong("lead_department_id"), rs.getString("title")))
			.single();
		NotificationKind kind = event.fromProvince() ? NotificationKind.COMMENT_FROM_PROVINCE
				: NotificationKind.COMMENT_TO_PROVINCE;
		this.recorder.record(
				new Notice(kind, "/activities/" + event.activityId(), item.title(), item.title(), event.body()),
				this.recipients.forComment(event.fromProvince(), item.leadDepartmentId(), event.provinceId(),
						event.authorId()));
	}

	@EventListener
	void on(YearLocked event) {
		String year = String.valueOf(event.year());
		this.recorder.record(new Notice(NotificationKind.YEAR_LOCKED, "/results/years/" + year, year, year, null),
				this.recipients.forLockedYear(event.actorId()));
	}

}
