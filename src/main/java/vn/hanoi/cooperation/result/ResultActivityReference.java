package vn.hanoi.cooperation.result;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.activity.ActivityReference;

/** An activity that a yearly result names stays: deleting it would leave the result without its source. */
@Component
class ResultActivityReference implements ActivityReference {

	private final JdbcTemplate jdbc;

	ResultActivityReference(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean refersTo(Long activityId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from yearly_results where activity_id = ?)", Boolean.class, activityId));
	}

	@Override
	public String refusalMessageKey() {
		return "activity.delete.refusedResults";
	}

}
