package vn.hanoi.cooperation.activity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The list page runs the same number of SQL statements for 10 activities as for 10,000. */
@PortalTest
class ActivityListStatementsTest {

	private static final String MARK = "STATEMENTS ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeRows() {
		this.jdbc.update("delete from activities where title like ?", MARK + "%");
	}

	@Test
	void statementsDoNotGrowWithTheRows() {
		// The filters' choices are kept from the first page on (ActivityListOptions): counted as kept.
		statementsFor(Role.LEADER);
		statementsFor(Role.PROVINCE);
		// Enough that the third page is not past the end for the province (it sees half): past the end the list reads
		// the last page instead (ActivitySearch).
		insert(120);
		long few = statementsFor(Role.LEADER);
		long fewForStaff = statementsFor(Role.STAFF);
		long fewForProvince = statementsFor(Role.PROVINCE);
		insert(9_880);
		assertThat(this.jdbc.queryForObject("select count(*) from activities where title like ?", Long.class,
				MARK + "%")).isEqualTo(10_000);
		assertThat(statementsFor(Role.LEADER)).isEqualTo(few);
		assertThat(statementsFor(Role.STAFF)).isEqualTo(fewForStaff);
		assertThat(statementsFor(Role.PROVINCE)).isEqualTo(fewForProvince);
		// Per page: the account check, the data version, the search, and the filters' choices' version; lineages by role.
		// Every page also runs 3 statements of the layout since session 5: the inbox count and the notification bell.
		assertThat(few).as("a small fixed number for the two pages").isLessThanOrEqualTo(15);
		assertThat(fewForStaff).as("staff: their department's lineage and its overdue count").isLessThanOrEqualTo(15);
		assertThat(fewForProvince).as("province: its lineage").isLessThanOrEqualTo(17);
	}

	private long statementsFor(Role role) {
		Long dienBien = dienBien();
		return SqlStatements.countDuring(() -> {
			assertThat(this.mvc.get()
				.uri("/activities?q=statements&deadline=OVERDUE&province=" + dienBien)
				.with(this.accounts.as(role))).hasStatusOk();
			assertThat(this.mvc.get().uri("/activities?page=3&sort=deadline").with(this.accounts.as(role)))
				.hasStatusOk();
		});
	}

	/** Rows spread over groups, departments and partner provinces, shared so that the province sees some. */
	private void insert(int count) {
		this.jdbc.update("""
				with new_rows as (
				  insert into activities (plan_id, group_id, lead_department_id, title, status, deadline,
				                          shared_with_provinces)
				  select p.id, g.id, d.id, ? || n, 'IN_PROGRESS', date '2022-01-01' + (n % 700), true
				  from generate_series(1, ?) n
				  join plans p on p.year = 2022
				  join cooperation_groups g on g.number = 1 + n % 15
				  join departments d on d.code = case n % 3 when 0 then 'SCT_2025' when 1 then 'SYT' else 'SDL' end
				  returning id)
				insert into activity_partner_provinces (activity_id, province_id)
				select r.id, pr.id from new_rows r
				join provinces pr on pr.code = case r.id % 2 when 0 then '11' else '12' end
				                 and pr.valid_from = date '2008-08-01'""", MARK, count);
	}

	private Long dienBien() {
		return this.jdbc.queryForObject("select id from provinces where code = '11' and valid_from = date '2025-07-01'",
				Long.class);
	}

}
