package vn.hanoi.cooperation.notification;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * Each person sets their own e-mail address (validated), language and choice per kind; administrators give a new
 * account an address. Comments and time-based events (overdue, expiring) reach the people concerned, the latter
 * once however often the job runs.
 */
@PortalTest
class NotificationSettingsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TimeBasedNotifications timeBased;

	TestNotifications fixture;

	PortalUser staff;

	@BeforeEach
	void setUp() {
		this.fixture = new TestNotifications(this.jdbc);
		this.staff = this.accounts.principal(Role.STAFF);
	}

	@AfterEach
	void cleanUp() {
		this.fixture.clear();
		this.jdbc.update("delete from activities where title like 'Thông báo thử%'");
		this.jdbc.update("delete from agreements where title like 'Thông báo thử%'");
		this.jdbc.update("delete from accounts where username = 'test.notify.leader'");
	}

	@Test
	void aPersonSetsTheirAddressLanguageAndHowEachKindReachesThem() {
		String form = html("/account/notifications");
		assertThat(form).contains("Địa chỉ thư điện tử (không bắt buộc)");
		assertThat(radio(form, "RESULT_RETURNED", "IMMEDIATE")).as("returns come at once unless chosen otherwise")
			.contains("checked");
		assertThat(radio(form, "RESULT_APPROVED", "DAILY")).contains("checked");

		assertThat(this.mvc.post()
			.uri("/account/notifications")
			.param("email", "khong phai thu")
			.param("language", "vi")
			.with(as(this.staff))
			.with(csrf())).hasStatus(200)
			.bodyText()
			.contains("Địa chỉ thư điện tử không hợp lệ");
		assertThat(contact()).containsEntry("email", null);
		assertThat(this.mvc.post()
			.uri("/account/notifications")
			.param("email", "canbo.sct@hanoi.gov.vn")
			.param("language", "vi")
			.param("deliveries[RESULT_RETURNED]", "<script>")
			.with(as(this.staff))
			.with(csrf())).as("an unknown choice comes back to the form").hasStatus(200);
		assertThat(contact()).containsEntry("email", null);

		assertThat(this.mvc.post()
			.uri("/account/notifications")
			.param("email", "  canbo.sct@hanoi.gov.vn ")
			.param("language", "en")
			.param("deliveries[RESULT_RETURNED]", "DAILY")
			.param("deliveries[YEAR_LOCKED]", "NONE")
			.with(as(this.staff))
			.with(csrf())).hasRedirectedUrl("/account/notifications");
		assertThat(contact()).containsEntry("email", "canbo.sct@hanoi.gov.vn").containsEntry("language", "en");
		assertThat(this.jdbc.queryForMap("""
				select max(delivery) filter (where kind = 'RESULT_RETURNED') as returned,
				       max(delivery) filter (where kind = 'YEAR_LOCKED') as locked,
				       max(delivery) filter (where kind = 'RESULT_DISPUTED') as disputed
				from notification_preferences where account_id = ?""", this.staff.getAccountId()))
			.containsEntry("returned", "DAILY")
			.containsEntry("locked", "NONE")
			.containsEntry("disputed", "IMMEDIATE");
		form = html("/account/notifications?lang=en");
		assertThat(form).contains("value=\"canbo.sct@hanoi.gov.vn\"", "Daily digest");
		assertThat(radio(form, "RESULT_RETURNED", "DAILY")).contains("checked");
		assertThat(radio(form, "RESULT_RETURNED", "IMMEDIATE")).doesNotContain("checked");
	}

	@Test
	void anAdministratorGivesANewAccountAnOptionalValidatedAddress() {
		assertThat(this.mvc.post()
			.uri("/admin/accounts/new")
			.param("username", "test.notify.leader")
			.param("displayName", "Lãnh đạo nhận thư")
			.param("role", "LEADER")
			.param("email", "lanhdao@@hanoi")
			.with(this.accounts.as(Role.ADMIN))
			.with(csrf())).hasStatus(200).bodyText().contains("Địa chỉ thư điện tử không hợp lệ");
		assertThat(this.mvc.post()
			.uri("/admin/accounts/new")
			.param("username", "test.notify.leader")
			.param("displayName", "Lãnh đạo nhận thư")
			.param("role", "LEADER")
			.param("email", "lanhdao@hanoi.gov.vn")
			.with(this.accounts.as(Role.ADMIN))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select email from accounts where username = 'test.notify.leader'",
				String.class)).isEqualTo("lanhdao@hanoi.gov.vn");
	}

	@Test
	void aCommentFromAProvinceReachesTheLeadDepartmentAndTheCoordinatorsAndAnAnswerReachesTheProvince() {
		Long activity = activity(LocalDate.of(2030, 12, 31));
		PortalUser dienBien = this.accounts.principal(Role.PROVINCE);
		assertThat(this.mvc.post()
			.uri("/activities/{id}/comments", activity)
			.param("body", "Tỉnh đề nghị lùi lịch sang tháng 12.")
			.with(as(dienBien))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.fixture.kindsOf(this.staff.getUsername())).containsExactly("COMMENT_FROM_PROVINCE");
		assertThat(this.fixture.kindsOf(this.accounts.username(Role.COORDINATOR)))
			.containsExactly("COMMENT_FROM_PROVINCE");
		assertThat(this.fixture.kindsOf(dienBien.getUsername())).isEmpty();

		assertThat(this.mvc.post()
			.uri("/activities/{id}/comments", activity)
			.param("provinceId", String.valueOf(dienBien.getProvinceId()))
			.param("body", "Sở đồng ý lùi lịch.")
			.with(as(this.staff))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.fixture.kindsOf(dienBien.getUsername())).containsExactly("COMMENT_TO_PROVINCE");
		assertThat(this.fixture.kindsOf(this.accounts.provinceOf("12").getUsername())).as("another province")
			.isEmpty();
	}

	@Test
	void overdueActivitiesAndExpiringAgreementsAreRecordedOnceHoweverOftenTheJobRuns() {
		LocalDate today = LocalDate.of(2026, 11, 27);
		Long overdue = activity(today.minusDays(2));
		activity(today.minusDays(30));
		Long agreement = this.jdbc.queryForObject("""
				insert into agreements (kind, title, valid_from, valid_to) values ('OTHER', 'Thông báo thử: thỏa thuận', ?, ?)
				returning id""", Long.class, Date.valueOf(today.minusYears(2)), Date.valueOf(today.plusDays(60)));

		this.timeBased.record(today);
		this.timeBased.record(today);
		assertThat(this.fixture.kindsOf(this.staff.getUsername())).as("only what became overdue this week")
			.containsExactly("ACTIVITY_OVERDUE");
		String coordinator = this.accounts.username(Role.COORDINATOR);
		assertThat(this.fixture.kindsOf(coordinator)).containsExactly("AGREEMENT_EXPIRING");

		// Within 30 days of its end the agreement is announced once more, then never again.
		this.timeBased.record(today.plusDays(31));
		this.timeBased.record(today.plusDays(32));
		assertThat(this.fixture.kindsOf(coordinator)).containsExactly("AGREEMENT_EXPIRING", "AGREEMENT_EXPIRING");
		assertThat(html("/notifications").replaceAll("\\s+", " ")).contains("Hoạt động quá hạn: Thông báo thử",
				"(hạn 25/11/2026)", "/notifications/" + this.fixture.latestIdOf(this.staff.getUsername()) + "/read");
		assertThat(this.jdbc.queryForList("select link from notifications order by id", String.class))
			.contains("/activities/" + overdue, "/agreements/" + agreement);

		// The deadline is moved and missed again: its staff are told again, once.
		this.jdbc.update("update activities set deadline = ? where id = ?", Date.valueOf(today.plusDays(3)), overdue);
		this.timeBased.record(today.plusDays(5));
		this.timeBased.record(today.plusDays(6));
		assertThat(this.fixture.kindsOf(this.staff.getUsername())).containsExactly("ACTIVITY_OVERDUE",
				"ACTIVITY_OVERDUE");
	}

	private Long activity(LocalDate deadline) {
		Long id = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline,
				                        shared_with_provinces)
				select p.id, g.id, d.id, 'Thông báo thử: hội chợ ' || ?, 'IN_PROGRESS', ?, true
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT_2025'
				where p.year = 2022 returning id""", Long.class, deadline.toString(), Date.valueOf(deadline));
		this.jdbc.update("""
				insert into activity_partner_provinces (activity_id, province_id)
				select ?, id from provinces where code = '11' and valid_from = date '2025-07-01'""", id);
		return id;
	}

	/** The radio button's tag for the kind and delivery. */
	private static String radio(String html, String kind, String delivery) {
		int id = html.indexOf("id=\"delivery-" + kind + "-" + delivery + "\"");
		assertThat(id).isPositive();
		return html.substring(html.lastIndexOf("<input", id), html.indexOf('>', id));
	}

	private Map<String, Object> contact() {
		return this.jdbc.queryForMap("select email, language from accounts where id = ?", this.staff.getAccountId());
	}

	private String html(String url) {
		var response = this.mvc.get().uri(url).with(as(this.staff)).exchange().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return HtmlUtils.htmlUnescape(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
