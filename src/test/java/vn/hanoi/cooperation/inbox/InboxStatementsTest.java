package vn.hanoi.cooperation.inbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.result.ReportingYear;

import static org.assertj.core.api.Assertions.assertThat;

/** Every role's inbox runs the same number of SQL statements for a handful of records as for thousands. */
@PortalTest
class InboxStatementsTest {

	static final List<Role> ROLES = List.of(Role.STAFF, Role.COORDINATOR, Role.PROVINCE, Role.LEADER);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportingYear reportingYear;

	InboxFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new InboxFixtures(this.jdbc, this.reportingYear);
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.clear();
	}

	@Test
	void statementsDoNotGrowWithTheWaitingWork() {
		insert(1);
		Map<Role, Long> few = new EnumMap<>(Role.class);
		ROLES.forEach(role -> few.put(role, statementsFor(role)));
		insert(40);
		assertThat(this.jdbc.queryForObject("select count(*) from yearly_results where year = ?", Long.class,
				this.fixtures.year())).isGreaterThan(3_000);
		for (Role role : ROLES) {
			assertThat(statementsFor(role)).as(role.name()).isEqualTo(few.get(role));
		}
	}

	private long statementsFor(Role role) {
		return SqlStatements.countDuring(
				() -> assertThat(this.mvc.get().uri("/my-work").with(this.accounts.as(role))).hasStatusOk());
	}

	/**
	 * Results of the first {@code indicators} indicators for every current department and 2025 province in every
	 * state, with disputes, and a conversation, an overdue activity and an expiring agreement per indicator.
	 */
	private void insert(int indicators) {
		this.fixtures.clear();
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, province_id, actual, status,
				                            return_reason, submitted_at, approved_at, approved_by_name)
				select i.id, ?, d.id, p.id, 5, s,
				       case when s = 'RETURNED' then 'Cần bổ sung' end, now(), case when s = 'APPROVED' then now() end,
				       case when s = 'APPROVED' then 'Điều phối' end
				from (select id, row_number() over (order by id) n from indicators order by id limit ?) i
				cross join (select id from departments where valid_to is null) d
				cross join (select id from provinces where valid_from = date '2025-07-01' and code <> '01') p
				cross join lateral (select (array['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'])[1 + (i.n + d.id + p.id) % 4] s) st""",
				this.fixtures.year(), indicators);
		this.jdbc.update("""
				insert into province_confirmations (result_id, province_id, status, comment, author_name)
				select r.id, r.province_id, 'DISPUTED', 'Chưa khớp', 'Tỉnh' from yearly_results r
				where r.year = ? and r.status = 'APPROVED' and r.id % 5 = 0""", this.fixtures.year());
		for (int n = 0; n < indicators; n++) {
			Long activity = this.fixtures.activity("SCT_2025", "current_date - 1");
			this.fixtures.comment(activity, "11", true, "Câu hỏi " + n);
			Long answered = this.fixtures.activity("SCT_2025", "current_date + 3");
			this.fixtures.comment(answered, "11", true, "Câu hỏi " + n);
			this.fixtures.comment(answered, "11", false, "Trả lời " + n);
			this.fixtures.agreement("hết hạn " + n, "current_date + 10", true, "11");
		}
	}

}
