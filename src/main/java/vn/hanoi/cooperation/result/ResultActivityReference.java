package vn.hanoi.cooperation.result;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.activity.ActivityReference;

/** An activity that a yearly result names stays: deleting it would leave the result without its source. */
@Component
class ResultActivityReference implements ActivityReference {

	private final JdbcClient jdbc;

	ResultActivityReference(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean refersTo(Long activityId) {
		return this.jdbc.sql("select exists (select 1 from yearly_results where activity_id = :activityId)")
			.param("activityId", activityId)
			.query(Boolean.class)
			.single();
	}

	@Override
	public String refusalMessageKey() {
		return "activity.delete.refusedResults";
	}

}
