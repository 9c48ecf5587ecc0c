package vn.hanoi.cooperation.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The number of the latest committed change to the data that the dashboard and the province pages show (V61–V63:
 * deferred triggers take it at commit). What was computed under an older number is out of date.
 */
@Component
public class DataVersion {

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Read before computing under it, so that a change committing meanwhile gets a newer number. */
	public long current() {
		return this.jdbc.sql("select last_value from dashboard_data_version").query(Long.class).single();
	}

}
