package vn.hanoi.cooperation.system;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo records as the default run loads them, in a database of their own: they must not contradict
 * themselves, or a visitor trying the portal learns wrong facts about the plan.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest {

	@Autowired
	JdbcConnectionDetails connection;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	JdbcTemplate demo;

	@BeforeAll
	void loadTheDemoRecords() {
		this.demo = DemoDatabase.load(this.jdbc, this.connection, this.flyway);
	}

	/** Sở Tài chính became the coordinating department on 1 March 2025; Sở Kế hoạch và Đầu tư was before. */
	@Test
	void whatWasApprovedOrLockedBeforeMarch2025WasDoneBySoKeHoachVaDauTu() {
		String before = "timestamptz '2025-03-01 00:00+07'";
		assertThat(count("select count(*) from yearly_results where approved_at < " + before)).isPositive();
		assertThat(count("select count(*) from yearly_results where approved_at < " + before
				+ " and approved_by_name like '%Sở Tài chính%'")).isZero();
		assertThat(count("select count(*) from yearly_result_changes where changed_at < " + before
				+ " and author_name like '%Sở Tài chính%'")).isZero();
		assertThat(count("select count(*) from locked_years where locked_at < " + before
				+ " and locked_by_name like '%Sở Tài chính%'")).isZero();
		assertThat(count("select count(*) from year_lock_events where changed_at < " + before
				+ " and author_name like '%Sở Tài chính%'")).isZero();
		assertThat(count("select count(*) from activity_progress_updates where noted_on < date '2025-03-01'"
				+ " and note like '%Sở Tài chính%'")).isZero();
		assertThat(this.demo.queryForObject("select locked_by_name from locked_years where year = 2024", String.class))
			.startsWith("Sở Kế hoạch và Đầu tư");
	}

	/** The demo's today is 27 November 2026: nothing was created later, nor after it was last changed. */
	@Test
	void noRecordWasCreatedInTheFutureOrAfterItsLastChange() {
		assertThat(count("select count(*) from activities where created_at > timestamptz '2026-11-28 00:00+07'"))
			.isZero();
		assertThat(count("select count(*) from activities where created_at > least(updated_at, last_update_at)"))
			.isZero();
		assertThat(count("""
				select count(*) from activity_changes c join activities a on a.id = c.activity_id
				where c.action = 'CREATED' and c.changed_at <> a.created_at""")).isZero();
	}

	/** The report writes the figures from the approved results; a narrative that typed them would contradict it. */
	@Test
	void theGroupsNarrativesTypeNoFigures() {
		assertThat(count("select count(*) from group_year_narratives")).isPositive();
		assertThat(count("select count(*) from group_year_narratives where achievements ~ '[0-9]'")).isZero();
	}

	private int count(String sql) {
		return this.demo.queryForObject(sql, Integer.class);
	}

}
