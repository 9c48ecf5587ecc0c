package vn.hanoi.cooperation.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.Concurrently;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An indicator without figures that counts "lượt người" added up by period, in the trade group, which the staff's
 * department leads: its grid shows it before any figure, and the coordinator may still change its unit.
 */
public final class TestIndicator {

	private static final String NAME_VI = "Số lượt khách tham quan phiên chợ";

	private final JdbcTemplate jdbc;

	private final String code;

	private final Long id;

	private TestIndicator(JdbcTemplate jdbc, String code, Long id) {
		this.jdbc = jdbc;
		this.code = code;
		this.id = id;
	}

	public static TestIndicator create(JdbcTemplate jdbc, String code) {
		return new TestIndicator(jdbc, code, jdbc.queryForObject("""
				insert into indicators (code, name_vi, name_en, unit, group_id, aggregation, direction)
				values (?, ?, 'Visitors to the market sessions', 'PERSON_TIMES',
				        (select id from cooperation_groups where number = 2), 'SUM', 'HIGHER')
				returning id""", Long.class, code, NAME_VI));
	}

	public Long id() {
		return this.id;
	}

	public String nameVi() {
		return NAME_VI;
	}

	/** The indicator's total row in a grid: its cells' names end so. */
	public String totalKey() {
		return this.id + "-0";
	}

	/** The coordinator's edit of the indicator in the catalogue, as the indicator form sends it. */
	public void change(MockMvcTester mvc, TestAccounts accounts, String unit, String aggregation) {
		assertThat(mvc.post()
			.uri("/indicators/{id}/edit", this.id)
			.with(accounts.as(Role.COORDINATOR))
			.with(csrf())
			.param("code", this.code)
			.param("nameVi", NAME_VI)
			.param("nameEn", "Visitors to the market sessions")
			.param("unit", unit)
			.param("groupId", String.valueOf(
					this.jdbc.queryForObject("select id from cooperation_groups where number = 2", Long.class)))
			.param("aggregation", aggregation)
			.param("direction", "HIGHER")
			.param("version", String.valueOf(
					this.jdbc.queryForObject("select version from indicators where id = ?", Long.class, this.id)))
			.exchange()).hasStatus3xxRedirection();
	}

	/**
	 * What the request answers when sent while the unit is being changed to tonnes, as IndicatorCatalogue.update
	 * changes it: the row held for update, no figure found, the unit changed, committed once the request waits.
	 */
	public <T> T sentWhileTheUnitIsBeingChanged(DataSource dataSource, Callable<T> request) throws Exception {
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection edit = dataSource.getConnection()) {
			edit.setAutoCommit(false);
			try (PreparedStatement hold = edit.prepareStatement("select id from indicators where id = ? for update");
					PreparedStatement change = edit.prepareStatement(
							"update indicators set unit = 'TONNE', version = version + 1 where id = ?")) {
				hold.setLong(1, this.id);
				hold.execute();
				change.setLong(1, this.id);
				change.executeUpdate();
			}
			Future<T> sent = pool.submit(request);
			Concurrently.awaitWaitingForLocks(this.jdbc, 1);
			edit.commit();
			return sent.get(1, TimeUnit.MINUTES);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** How many figures the indicator has, of any year. */
	public long figures() {
		return this.jdbc.queryForObject("select count(*) from yearly_results where indicator_id = ?", Long.class,
				this.id);
	}

	/** The indicator and whatever was written for it. */
	public void remove() {
		this.jdbc.update("delete from yearly_result_changes where result_id in "
				+ "(select id from yearly_results where indicator_id = ?)", this.id);
		this.jdbc.update("delete from yearly_results where indicator_id = ?", this.id);
		this.jdbc.update("delete from indicators where id = ?", this.id);
	}

}
