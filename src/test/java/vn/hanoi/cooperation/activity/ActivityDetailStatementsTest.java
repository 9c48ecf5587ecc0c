package vn.hanoi.cooperation.activity;

import java.time.LocalDate;

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
 * An activity's page reads its activity, progress notes, evidence, conversation and history in one transaction
 * (it opened one per part: five for Hanoi, four for a province), and still shows each part to whom may see it.
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
				insert into activity_comments (activity_id, province_id, author_name, from_province, body)
				values (?, (select id from provinces where code = '11' and valid_from = date '2025-07-01'),
				        'Cán bộ tỉnh', true, 'Tỉnh cử 12 hợp tác xã tham gia')""", this.activity);
	}

	@AfterEach
	void removeActivity() {
		this.activities.removeAll();
	}

	@Test
	void hanoiSeesEveryPartReadInOneTransaction() {
		RequestPostProcessor leader = this.accounts.as(Role.LEADER);
		page(leader);
		long transactions = SqlStatements.transactionsDuring(() -> assertThat(page(leader)).bodyText()
			.contains("Phiên chợ nông sản Điện Biên", "Đã chốt danh sách 40 gian hàng", "Tỉnh cử 12 hợp tác xã tham gia",
					"Lịch sử thay đổi"));
		// The layout's reads (account check, badge, bell) run without a transaction or from memory.
		assertThat(transactions).as("transactions for one activity page").isEqualTo(1);
	}

	@Test
	void theProvinceSeesItsConversationInOneTransactionAndNoHistory() {
		RequestPostProcessor dienBien = TestAccounts.as(this.accounts.provinceOf("11"));
		page(dienBien);
		long transactions = SqlStatements.transactionsDuring(() -> assertThat(page(dienBien)).bodyText()
			.contains("Đã chốt danh sách 40 gian hàng", "Tỉnh cử 12 hợp tác xã tham gia")
			.doesNotContain("Lịch sử thay đổi"));
		assertThat(transactions).as("transactions for one activity page").isEqualTo(1);
	}

	private MvcTestResult page(RequestPostProcessor viewer) {
		MvcTestResult result = this.mvc.get().uri("/activities/" + this.activity).with(viewer).exchange();
		assertThat(result).hasStatusOk();
		return result;
	}

}
