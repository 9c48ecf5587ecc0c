package vn.hanoi.cooperation.activity;

import java.util.List;

import vn.hanoi.cooperation.audit.RecordChange;

/** What an activity's own page shows, read together by {@link ActivityService#detailOf}. */
record ActivityDetail(Activity activity, List<ProgressUpdate> progress, List<Evidence> evidence,
		List<ActivityComment> comments, List<RecordChange> history) {
}
