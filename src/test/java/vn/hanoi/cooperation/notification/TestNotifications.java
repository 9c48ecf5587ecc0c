package vn.hanoi.cooperation.notification;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the records notification tests start from straight into the tables, and removes afterwards what they
 * and the notifications they caused left behind (notifications, e-mails, choices, addresses).
 */
class TestNotifications {

	/**
	 * A year the year pages offer (2021 to next year: the lock page answers 404 for any other), cleared before and
	 * after each test, so that its results are this fixture's alone.
	 */
	static final int YEAR = 2027;

	private final JdbcTemplate jdbc;

	TestNotifications(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		clear();
	}

	/** A result of Sở Công Thương (2025) for {@link #YEAR}, optionally about a province of the 2025 map. */
	Long result(String indicator, String province, String status) {
		return this.jdbc.queryForObject("""
				insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, status,
				                            approved_at, approved_by_name)
				values ((select id from indicators where code = ?), ?, (select id from departments where code = 'SCT_2025'),
				        (select id from provinces where code = ? and valid_from = date '2025-07-01'), 10, 12, ?,
				        case when ? = 'APPROVED' then now() end, case when ? = 'APPROVED' then 'Điều phối' end)
				returning id""", Long.class, indicator, YEAR, province, status, status, status);
	}

	long version(Long resultId) {
		return this.jdbc.queryForObject("select version from yearly_results where id = ?", Long.class, resultId);
	}

	void contact(String username, String email, String language) {
		this.jdbc.update("update accounts set email = ?, language = ? where username = ?", email, language, username);
	}

	void choose(String username, NotificationKind kind, Delivery delivery) {
		this.jdbc.update("""
				insert into notification_preferences (account_id, kind, delivery)
				select id, ?, ? from accounts where username = ?
				on conflict (account_id, kind) do update set delivery = excluded.delivery""", kind.name(),
				delivery.name(), username);
	}

	List<String> kindsOf(String username) {
		return this.jdbc.queryForList("""
				select kind from notifications where account_id = (select id from accounts where username = ?)
				order by id""", String.class, username);
	}

	Long latestIdOf(String username) {
		return this.jdbc.queryForObject("""
				select max(id) from notifications where account_id = (select id from accounts where username = ?)""",
				Long.class, username);
	}

	List<String> emailStatuses() {
		return this.jdbc.queryForList("select status from outgoing_emails order by id", String.class);
	}

	void clear() {
		this.jdbc.update("delete from outgoing_emails");
		this.jdbc.update("delete from notifications");
		this.jdbc.update("delete from notification_preferences");
		this.jdbc.update("update accounts set email = null, language = 'vi' where email is not null or language <> 'vi'");
		this.jdbc.update("""
				delete from province_confirmations where result_id in (select id from yearly_results where year = ?)""",
				YEAR);
		this.jdbc.update("delete from yearly_result_changes where result_id in (select id from yearly_results where year = ?)",
				YEAR);
		this.jdbc.update("delete from yearly_results where year = ?", YEAR);
		this.jdbc.update("delete from year_lock_events where year = ?", YEAR);
		this.jdbc.update("delete from locked_years where year = ?", YEAR);
	}

}
