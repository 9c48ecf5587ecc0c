package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An export reads its rows through a database cursor as the file is written, a few hundred at a time, so that
 * 50,000 activities are never held in memory at once (README, "Performance").
 */
@PortalTest
class ActivityExportCursorTest {

	private static final int ROWS = ActivitySearch.EXPORT_FETCH_SIZE * 2 + 10;

	private static final ActivityFilter STREAMED = new ActivityFilter(null, null, null, null, null, null,
			"EXPORTSTREAM", null, null, null);

	@Autowired
	ActivitySearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Viewers viewers;

	@BeforeEach
	void manyActivities() {
		this.jdbc.update("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, shared_with_provinces)
				select p.id, g.id, d.id, 'EXPORTSTREAM Hoạt động ' || n, 'PLANNED', false
				  from generate_series(1, ?) n join plans p on p.year = 2022
				  join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT_2025'""", ROWS);
	}

	@AfterEach
	void removeThem() {
		this.jdbc.update("delete from activities where title like 'EXPORTSTREAM %'");
	}

	@Test
	void theRowsComeThroughACursorAsTheyAreConsumed() {
		var leader = this.viewers.of(this.accounts.principal(Role.LEADER));
		int[] seen = new int[1];
		long[] openWhileReading = new long[1];
		this.transactions.execute(status -> {
			try (Stream<ActivityExportRow> rows = this.search.streamForExport(STREAMED, leader, LocalDate.now(),
					ROWS)) {
				Iterator<ActivityExportRow> it = rows.iterator();
				assertThat(it.next().title()).startsWith("EXPORTSTREAM");
				seen[0]++;
				// The same connection (this transaction's) still holds the query's portal with rows to come.
				openWhileReading[0] = this.jdbc.queryForObject(
						"select count(*) from pg_cursors where statement like '%deadline' || '_status(a.status%'",
						Long.class);
				while (it.hasNext()) {
					it.next();
					seen[0]++;
				}
			}
			return null;
		});
		assertThat(openWhileReading[0]).as("a cursor open after the first row").isEqualTo(1);
		assertThat(seen[0]).isEqualTo(ROWS);
	}

	@Test
	void theCursorNeedsTheCallersTransaction() {
		var leader = this.viewers.of(this.accounts.principal(Role.LEADER));
		// Outside a transaction the connection would go back to the pool with the rows unread.
		assertThatThrownBy(() -> this.search.streamForExport(STREAMED, leader, LocalDate.now(), ROWS))
			.isNotInstanceOf(DataAccessException.class)
			.hasMessageContaining("propagation 'mandatory'");
	}

	@Test
	void theReportsStillGetTheWholeList() {
		var leader = this.viewers.of(this.accounts.principal(Role.LEADER));
		assertThat(this.search.findForExport(STREAMED, leader, LocalDate.now(), ROWS)).hasSize(ROWS);
	}

}
