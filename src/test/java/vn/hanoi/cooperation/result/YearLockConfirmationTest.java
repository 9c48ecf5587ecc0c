package vn.hanoi.cooperation.result;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * Locking a year goes through a page that shows what is still unapproved, counted by state and by department,
 * says what locking does to those results, and locks only when the coordinator ticks the confirmation.
 */
@PortalTest
class YearLockConfirmationTest {

	static final int YEAR = 2026;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestResults results;

	PortalUser coordinator;

	@BeforeEach
	void claimYear() {
		this.results = new TestResults(this.jdbc).year(YEAR);
		this.coordinator = this.accounts.principal(Role.COORDINATOR);
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	@Test
	void theConfirmationListsTheOpenResultsCountedByStateAndByDepartmentWithLinks() {
		OpenYear year = openYear();

		String html = page(this.mvc.get().uri("/results/years/{y}/lock", YEAR).with(as(this.coordinator)));

		// Counted from the database here, independently of the page's own queries, and matching the fixtures.
		Map<String, Long> byStatus = Map.of("DRAFT", 2L, "SUBMITTED", 3L, "RETURNED", 1L);
		assertThat(count("select count(*) from yearly_results where year = ? and status <> 'APPROVED'")).isEqualTo(6);
		byStatus.forEach((status, expected) -> {
			assertThat(count("select count(*) from yearly_results where year = ? and status = '" + status + "'"))
				.isEqualTo(expected);
			assertThat(cells(row(html, "data-status=\"" + status + "\""))).as(status).contains(String.valueOf(expected));
		});
		assertThat(html).contains("Năm 2026 còn 6 số liệu chưa được duyệt");
		assertThat(html).contains("/results/years/2026/entries?status=SUBMITTED&scope=all");

		List<Map<String, Object>> perDepartment = this.jdbc.queryForList("""
				select coalesce(d.name_vi, 'Toàn thành phố') as name,
				       count(*) filter (where r.status = 'DRAFT') as drafts,
				       count(*) filter (where r.status = 'SUBMITTED') as submitted,
				       count(*) filter (where r.status = 'RETURNED') as returned,
				       count(*) as total
				from yearly_results r left join departments d on d.id = r.department_id
				where r.year = ? and r.status <> 'APPROVED' group by d.name_vi""", YEAR);
		assertThat(perDepartment).hasSize(3);
		String departments = section(html, "id=\"by-department\"", "</table>");
		for (Map<String, Object> line : perDepartment) {
			assertThat(cells(row(departments, ">" + line.get("name") + "<"))).as(line.get("name").toString())
				.containsExactly(line.get("name").toString(), line.get("drafts").toString(),
						line.get("submitted").toString(), line.get("returned").toString(),
						line.get("total").toString());
		}
		assertThat(cells(row(departments, ">Sở Công Thương<"))).containsExactly("Sở Công Thương", "1", "1", "1", "3");

		String entries = section(html, "id=\"open-entries\"", "</ul>");
		year.open().forEach(id -> assertThat(entries).contains("href=\"/results/" + id + "\""));
		assertThat(entries).doesNotContain("href=\"/results/" + year.approved() + "\"");
		assertThat(html).contains("giữ nguyên trạng thái", "số liệu chờ duyệt không thể được duyệt hay trả lại");
	}

	@Test
	void aLockPostedWithoutTheConfirmationShowsThePageAgainAndLocksNothing() {
		openYear();

		for (String confirm : new String[] { null, "", "no" }) {
			var post = this.mvc.post().uri("/results/years/{y}/lock", YEAR).with(as(this.coordinator)).with(csrf());
			if (confirm != null) {
				post = post.param("confirm", confirm);
			}
			String html = page(post);
			assertThat(html).contains("Chưa khóa: hãy đánh dấu ô xác nhận", "Năm 2026 còn 6 số liệu chưa được duyệt");
		}
		assertThat(count("select count(*) from locked_years where year = ?")).isZero();
		assertThat(count("select count(*) from year_lock_events where year = ?")).isZero();
	}

	@Test
	void withTheConfirmationTheYearIsLockedAndTheOpenResultsStayAsThePageSaid() {
		OpenYear year = openYear();
		Map<Long, String> before = statuses();

		assertThat(TestPages.confirmLock(this.mvc, this.coordinator, YEAR)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/results/years/" + YEAR)
			.flash()
			.containsEntry("message", "yearLockedWithOpen");

		assertThat(count("select count(*) from locked_years where year = ?")).isOne();
		assertThat(statuses()).isEqualTo(before);
		// What the page promised: a waiting result can no longer be approved while the year is locked.
		Long waiting = year.submitted();
		assertThat(this.mvc.post().uri("/results/{id}/approve", waiting).with(as(this.coordinator)).with(csrf())
			.param("version", String.valueOf(this.results.version(waiting)))).flash()
			.containsEntry("refusal", "resultYearLocked");
		assertThat(this.results.status(waiting)).isEqualTo("SUBMITTED");
		// Once locked, the page says so and offers no second lock.
		String html = page(this.mvc.get().uri("/results/years/{y}/lock", YEAR).with(as(this.coordinator)));
		assertThat(html).contains("Số liệu năm 2026 đã khóa").doesNotContain("name=\"confirm\"");
	}

	@Test
	void aResultChangedWhileTheCoordinatorReadTheListIsShownBeforeAnythingIsLocked() {
		openYear();
		String seen = TestPages.hidden(page(this.mvc.get().uri("/results/years/{y}/lock", YEAR)
			.with(as(this.coordinator))), "seen");
		Long late = this.results.create("TM.TUAN_HANG", YEAR, "SVHTT_2025", null, null, "2", ResultStatus.DRAFT);

		String html = page(this.mvc.post().uri("/results/years/{y}/lock", YEAR).with(as(this.coordinator)).with(csrf())
			.param("confirm", "yes")
			.param("seen", seen));
		assertThat(html).contains("số liệu của năm vừa thay đổi", "Năm 2026 còn 7 số liệu chưa được duyệt",
				"href=\"/results/" + late + "\"");
		assertThat(count("select count(*) from locked_years where year = ?")).isZero();
		// Confirming what is shown now locks.
		assertThat(this.mvc.post().uri("/results/years/{y}/lock", YEAR).with(as(this.coordinator)).with(csrf())
			.param("confirm", "yes")
			.param("seen", TestPages.hidden(html, "seen"))).flash()
			.containsEntry("message", "yearLockedWithOpen");
		assertThat(count("select count(*) from locked_years where year = ?")).isOne();
	}

	@Test
	void aYearWithNothingOpenSaysEverythingIsApprovedAndLocksAfterTheSameConfirmation() {
		this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, null, "4", ResultStatus.APPROVED);

		String html = page(this.mvc.get().uri("/results/years/{y}/lock", YEAR).with(as(this.coordinator)));
		assertThat(html).contains("Mọi số liệu của năm 2026 đã được duyệt", "name=\"confirm\"")
			.doesNotContain("id=\"open-entries\"");

		page(this.mvc.post().uri("/results/years/{y}/lock", YEAR).with(as(this.coordinator)).with(csrf()));
		assertThat(count("select count(*) from locked_years where year = ?")).isZero();

		assertThat(TestPages.confirmLock(this.mvc, this.coordinator, YEAR)).flash()
			.containsEntry("message", "yearLocked");
		assertThat(count("select count(*) from locked_years where year = ?")).isOne();
	}

	@Test
	void theYearPageLeadsToTheConfirmationInsteadOfLockingInOneClick() {
		String html = page(this.mvc.get().uri("/results/years/{y}", YEAR).with(as(this.coordinator)));
		assertThat(html).contains("href=\"/results/years/2026/lock\"")
			.doesNotContain("action=\"/results/years/2026/lock\"");
	}

	/** A reason over the limit is refused as too long, saying the limit, and what was typed comes back to the box. */
	@Test
	void anUnlockReasonTooLongSaysSoAndComesBackIntoTheBox() {
		this.jdbc.update("insert into locked_years (year, locked_by_name) values (?, 'Điều phối')", YEAR);
		String reason = "Sở Công Thương bổ sung số liệu tháng 12: " + "chi tiết ".repeat(250);
		assertThat(this.mvc.post()
			.uri("/results/years/{y}/unlock", YEAR)
			.with(as(this.coordinator))
			.with(csrf())
			.param("reason", reason)).hasRedirectedUrl("/results/years/" + YEAR)
			.flash()
			.containsEntry("refusal", "unlockReasonTooLong")
			.containsEntry("unlockReason", reason);
		assertThat(count("select count(*) from locked_years where year = ?")).isOne();
		assertThat(count("select count(*) from year_lock_events where year = ?")).isZero();

		String html = page(this.mvc.get()
			.uri("/results/years/{y}", YEAR)
			.with(as(this.coordinator))
			.flashAttr("refusal", "unlockReasonTooLong")
			.flashAttr("unlockReason", reason));
		assertThat(html).contains("Lý do mở khóa dài quá 2.000 ký tự: hãy rút gọn", "value=\"" + reason + "\"")
			.doesNotContain("Vui lòng nêu lý do mở khóa");
	}

	@Test
	void onlyTheCoordinatorSeesTheConfirmationOrLocks() {
		openYear();
		for (Role role : new Role[] { Role.STAFF, Role.LEADER, Role.PROVINCE, Role.ADMIN }) {
			PortalUser user = this.accounts.principal(role);
			assertThat(this.mvc.get().uri("/results/years/{y}/lock", YEAR).with(as(user))).as(role.name())
				.hasStatus(404);
			assertThat(this.mvc.post().uri("/results/years/{y}/lock", YEAR).with(as(user)).with(csrf())
				.param("confirm", "yes")).as(role.name())
				.hasStatus(404);
		}
		assertThat(count("select count(*) from locked_years where year = ?")).isZero();
	}

	/** 2099 could be locked, and its lock announced to staff and leaders, from a page no year view leads to. */
	@Test
	void aYearTheYearViewDoesNotOfferIsNeitherLockedNorUnlockedByAnyRole() {
		// Claimed, so that whatever a failing run locked there is removed.
		this.results.year(2020).year(2099);
		for (int year : new int[] { 2020, 2099 }) {
			for (Role role : Role.values()) {
				PortalUser user = this.accounts.principal(role);
				assertThat(this.mvc.get().uri("/results/years/{y}/lock", year).with(as(user))).as(role + " " + year)
					.hasStatus(404);
				assertThat(this.mvc.post().uri("/results/years/{y}/lock", year).with(as(user)).with(csrf())
					.param("confirm", "yes")
					.param("seen", "")).as(role + " " + year)
					.hasStatus(404);
				assertThat(this.mvc.post().uri("/results/years/{y}/unlock", year).with(as(user)).with(csrf())
					.param("reason", "Mở lại để sửa")).as(role + " " + year)
					.hasStatus(404);
			}
		}
		assertThat(this.jdbc.queryForObject("select count(*) from year_lock_events where year in (2020, 2099)",
				Integer.class)).isZero();
		assertThat(this.mvc.get().uri("/results/years/{y}/lock", YEAR).with(as(this.coordinator))).hasStatusOk();
	}

	/** The results of the year's fixtures: six open in three departments (one city-level), one approved. */
	record OpenYear(List<Long> open, Long submitted, Long approved) {
	}

	private OpenYear openYear() {
		Long draft = this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, null, "3", ResultStatus.DRAFT);
		Long submitted = this.results.create("TM.SAN_LUONG_KET_NOI", YEAR, "SCT_2025", null, null, "100",
				ResultStatus.SUBMITTED);
		Long returned = this.results.create("XTDT.THOA_THUAN_HIEU_LUC", YEAR, "SCT_2025", null, null, "12",
				ResultStatus.RETURNED);
		Long culture = this.results.create("VH.SU_KIEN", YEAR, "SVHTT_2025", null, null, "5", ResultStatus.SUBMITTED);
		Long cultureDienBien = this.results.create("VH.SU_KIEN", YEAR, "SVHTT_2025", "11", null, "2",
				ResultStatus.SUBMITTED);
		Long city = this.results.create("ASXH.KINH_PHI_HO_TRO", YEAR, null, null, null, "150", ResultStatus.DRAFT);
		Long approved = this.results.create("TM.TUAN_HANG", YEAR, "SYT_2025", null, null, "1", ResultStatus.APPROVED);
		return new OpenYear(List.of(draft, submitted, returned, culture, cultureDienBien, city), submitted, approved);
	}

	private Map<Long, String> statuses() {
		Map<Long, String> statuses = new java.util.HashMap<>();
		this.jdbc.query("select id, status from yearly_results where year = ?",
				rs -> { statuses.put(rs.getLong(1), rs.getString(2)); }, YEAR);
		return statuses;
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class, YEAR);
	}

	private static String page(MockMvcTester.MockMvcRequestBuilder request) {
		return TestPages.text(request.exchange());
	}

	private static String section(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return html.substring(from, html.indexOf(end, from));
	}

	/** The table row that contains {@code marker}. */
	private static String row(String html, String marker) {
		int at = html.indexOf(marker);
		assertThat(at).as(marker).isNotNegative();
		return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
	}

	/** The texts of a row's cells, tags removed and spaces collapsed. */
	private static List<String> cells(String row) {
		List<String> cells = new java.util.ArrayList<>();
		Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row);
		while (cell.find()) {
			cells.add(cell.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
		}
		return cells;
	}

}
