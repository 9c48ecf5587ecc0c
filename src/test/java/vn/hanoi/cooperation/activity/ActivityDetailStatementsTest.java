package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An activity's page reads its activity, progress notes, evidence, conversation and history in one statement and
 * no transaction (it took five statements in one transaction through Hibernate), and still shows each part to whom
 * may see it, a message's moment in Hanoi's time.
 */
@PortalTest
class ActivityDetailStatementsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private TestActivities activities;

	private Long activity;

	@BeforeEach
	void createActivity() {
		this.activities = new TestActivities(this.jdbc);
		this.activity = this.activities.create("Phiên chợ nông sản Điện Biên", "SCT_2025", LocalDate.of(2026, 12, 31),
				true, "11@2025-07-01");
		this.jdbc.update("""
				insert into activity_progress_updates (activity_id, noted_on, note, author_name)
				values (?, date '2026-11-20', 'Đã chốt danh sách 40 gian hàng', 'Cán bộ Sở Công Thương')""",
				this.activity);
		this.jdbc.update("""
				insert into activity_comments (activity_id, province_id, author_name, from_province, body, commented_at)
				values (?, (select id from provinces where code = '11' and valid_from = date '2025-07-01'),
				        'Cán bộ tỉnh', true, 'Tỉnh cử 12 hợp tác xã tham gia', timestamptz '2026-11-20 03:30:00+00')""",
				this.activity);
	}

	@AfterEach
	void removeActivity() {
		this.activities.removeAll();
	}

	@Test
	void hanoiSeesEveryPartReadInOneStatement() {
		RequestPostProcessor leader = this.accounts.as(Role.LEADER);
		page(leader);
		List<String> statements = new ArrayList<>();
		long transactions = SqlStatements.transactionsDuring(() -> statements.addAll(SqlStatements.sqlDuring(
				() -> assertThat(page(leader)).bodyText()
					.contains("Phiên chợ nông sản Điện Biên", "Đã chốt danh sách 40 gian hàng",
							"Tỉnh cử 12 hợp tác xã tham gia", "20/11/2026 10:30", "Lịch sử thay đổi"))));
		assertThat(readingTheActivity(statements)).as("statements reading the activity's parts").hasSize(1);
		// The layout's reads (account check, badge, bell) run without a transaction or from memory.
		assertThat(transactions).as("transactions for one activity page").isZero();
	}

	@Test
	void theProvinceSeesItsConversationInOneStatementAndNoHistory() {
		RequestPostProcessor dienBien = TestAccounts.as(this.accounts.provinceOf("11"));
		page(dienBien);
		List<String> statements = new ArrayList<>();
		long transactions = SqlStatements.transactionsDuring(() -> statements.addAll(SqlStatements.sqlDuring(
				() -> assertThat(page(dienBien)).bodyText()
					.contains("Đã chốt danh sách 40 gian hàng", "Tỉnh cử 12 hợp tác xã tham gia")
					.doesNotContain("Lịch sử thay đổi"))));
		assertThat(readingTheActivity(statements)).as("statements reading the activity's parts").hasSize(1);
		assertThat(transactions).as("transactions for one activity page").isZero();
	}

	private static List<String> readingTheActivity(List<String> statements) {
		return statements.stream()
			.filter(sql -> sql.contains("activity_progress_updates") || sql.contains("activity_evidence")
					|| sql.contains("activity_comments") || sql.contains("record_changes"))
			.toList();
	}

	private MvcTestResult page(RequestPostProcessor viewer) {
		MvcTestResult result = this.mvc.get().uri("/activities/" + this.activity).with(viewer).exchange();
		assertThat(result).hasStatusOk();
		return result;
	}

}
