package vn.hanoi.cooperation.system;

import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.Concurrently;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Twenty requests at once for one state change without a form token (two people, two tabs, a proxy that
 * retries): the change is made and recorded once, and no request answers 500. A request that lost the race on
 * the record's version is told so on the conflict page (409).
 */
@PortalTest
class StateChangeRaceTest {

	private static final String MARK = "RACE ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	Long activity;

	Timestamp start;

	@BeforeEach
	void anActivity() {
		this.start = this.jdbc.queryForObject("select clock_timestamp()", Timestamp.class);
		this.activity = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, planned_start, deadline)
				select p.id, g.id, d.id, ?, 'IN_PROGRESS', date '2022-03-01', date '2022-12-31'
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT_2025'
				where p.year = 2022 returning id""", Long.class, MARK + "Hội chợ");
	}

	@AfterEach
	void clean() {
		this.jdbc.update("delete from activity_changes where activity_id in (select id from activities where title like ?)",
				MARK + "%");
		this.jdbc.update("delete from activities where title like ?", MARK + "%");
		this.jdbc.update("delete from agreements where title like ?", MARK + "%");
		this.jdbc.update("update accounts set enabled = true where username like 'test.staff.syt%'");
	}

	@Test
	void twentyCompletionsAtOnceCompleteTheActivityOnce() throws Exception {
		long version = version("activities", this.activity);
		List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS, () -> this.mvc.post()
			.uri("/activities/{id}/complete", this.activity)
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))
			.param("version", String.valueOf(version))
			.param("actualCompletion", "2022-06-30")
			.param("resultSummary", "Kết nối 300 tấn")
			.exchange());
		assertNoServerError(answers);
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 302).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 409)
			.allSatisfy(answer -> assertThat(answer).bodyText().contains("Cùng lúc đó, một người khác"));
		assertThat(version("activities", this.activity)).isEqualTo(version + 1);
		assertThat(this.jdbc.queryForObject(
				"select count(distinct version_after) from activity_changes where activity_id = ? and action = 'COMPLETED'",
				Integer.class, this.activity)).isOne();
	}

	@Test
	void twentyDeletionsAtOnceDeleteTheActivityOnce() throws Exception {
		List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS, () -> this.mvc.post()
			.uri("/activities/{id}/delete", this.activity)
			.with(csrf())
			.with(this.accounts.as(Role.COORDINATOR))
			.exchange());
		assertNoServerError(answers);
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 302).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from activities where id = ?", Integer.class,
				this.activity)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from activity_changes where activity_id = ? and action = 'DELETED'", Integer.class,
				this.activity)).isOne();
	}

	@Test
	void twentyTerminationsAtOnceTerminateTheAgreementOnce() throws Exception {
		Long agreement = this.jdbc.queryForObject("""
				insert into agreements (kind, title, signed_on, shared_with_provinces)
				values ('COOPERATION_AGREEMENT', ?, date '2023-01-10', false) returning id""", Long.class,
				MARK + "Thỏa thuận");
		long version = version("agreements", agreement);
		List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS, () -> this.mvc.post()
			.uri("/agreements/{id}/terminate", agreement)
			.with(csrf())
			.with(this.accounts.as(Role.COORDINATOR))
			.param("version", String.valueOf(version))
			.param("terminatedOn", "2024-01-15")
			.param("reason", "Hai bên thống nhất chấm dứt")
			.exchange());
		assertNoServerError(answers);
		// One terminates it; the others see that change (the conflict page) or, read after it, that it has ended.
		assertThat(answers).filteredOn(answer -> "agreementTerminated"
			.equals(answer.getMvcResult().getFlashMap().get("message"))).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 302)
			.allMatch(answer -> answer.getMvcResult().getFlashMap().get("message") != null
					|| "agreementAlreadyTerminated".equals(answer.getMvcResult().getFlashMap().get("refusal")));
		assertThat(version("agreements", agreement)).isEqualTo(version + 1);
	}

	@Test
	void twentyClicksOnDisableDisableTheAccountOnce() throws Exception {
		PortalUser officer = this.accounts.staffOf("SYT_2025");
		List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS, () -> this.mvc.post()
			.uri("/admin/accounts/{id}/disable", officer.getAccountId())
			.with(csrf())
			.with(this.accounts.as(Role.ADMIN))
			.exchange());
		assertNoServerError(answers);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from security_events
				where type = 'ACCOUNT_DISABLED' and username = ? and created_at >= ?""", Integer.class,
				officer.getUsername(), this.start)).isOne();
		assertThat(this.jdbc.queryForObject("select enabled from accounts where id = ?", Boolean.class,
				officer.getAccountId())).isFalse();
	}

	private static void assertNoServerError(List<MvcTestResult> answers) {
		assertThat(answers).allSatisfy(answer -> assertThat(answer.getResponse().getStatus()).isLessThan(500));
	}

	private long version(String table, Long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

}
