package vn.hanoi.cooperation.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.TestPlan2025;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.agreement.TestAgreements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number on the dashboard opens a list of exactly that many rows: the links are read from the rendered page, as
 * a leader clicks them, and each list they open is counted.
 */
@PortalTest
class DashboardLinksTest {

	private static final String MARK = "DASHBOARD LINKS ";

	/** A headline card: its link, then its label and its figure. */
	private static final Pattern CARD = Pattern.compile(
			"<a class=\"figure-card[^\"]*\" href=\"([^\"]+)\">\\s*<div class=\"figure-label\">([^<]+)</div>\\s*"
					+ "<div class=\"figure-value\">([\\d.]+)</div>");

	/** A group's or a department's row: the link on its name, then (past its bar) its number of activities. */
	private static final Pattern ROW = Pattern.compile("(?s)<th scope=\"row\" class=\"fw-normal\"><a href=\"(/activities\\?[^\"]+)\">"
			+ "([^<]+)</a>(?:(?!</tr>).)*?<td class=\"text-end\"[^>]*>(\\d+)</td>");

	/** A piece of a stacked bar: its link and the figure it says. */
	private static final Pattern SEGMENT = Pattern.compile("<a href=\"(/activities\\?[^\"]+)\" aria-label=\"([^\"]+): (\\d+)\">");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestPlan2025 plan2025;

	TestAgreements agreements;

	@BeforeEach
	void seed() {
		this.plan2025 = new TestPlan2025(this.jdbc);
		this.agreements = new TestAgreements(this.jdbc);
		// 2022: Sở Công Thương with one of each and a cancelled one; group 6 with nothing but a cancelled one.
		insert(2022, "A", 2, "SCT", "IN_PROGRESS", "2099-12-31");
		insert(2022, "B", 2, "SCT", "COMPLETED", null);
		insert(2022, "C", 2, "SCT", "CANCELLED", "2022-06-30");
		insert(2022, "D", 6, "SGDDT", "CANCELLED", null);
		// 2025, the year of the 1 March mergers: Sở KH&CN before and after, and Sở TT&TT merged into it.
		insert(2025, "E", 2, "SKHCN", "COMPLETED", null);
		insert(2025, "F", 2, "STTTT", "PLANNED", "2025-02-01");
		insert(2025, "G", 2, "SKHCN_2025", "IN_PROGRESS", "2025-10-31");
		insert(2025, "H", 2, "SKHCN_2025", "COMPLETED", null);
		insert(2025, "I", 2, "SKHCN_2025", "CANCELLED", null);
	}

	@AfterEach
	void clean() {
		this.jdbc.update("delete from activities where title like ?", MARK + "%");
		this.plan2025.remove();
		this.agreements.removeAll();
	}

	@Test
	void theAgreementsInForceOfAPastYearOpenTheAgreementsInForceOnItsLastDay() {
		// In force on 31/12/2022 only; from 2021 on; signed in 2026 (two), in force today only; ended early in 2025.
		this.agreements.create(MARK + "2022", false, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 12, 31), "11");
		this.agreements.create(MARK + "2021", false, LocalDate.of(2021, 5, 1), null, "11");
		this.agreements.create(MARK + "2026 a", false, LocalDate.of(2026, 1, 5), null, "12");
		this.agreements.create(MARK + "2026 b", false, LocalDate.of(2026, 2, 5), null, "12");
		Long ended = this.agreements.create(MARK + "2024", false, LocalDate.of(2024, 1, 1), null, "12");
		this.jdbc.update("update agreements set terminated_on = date '2025-06-30', termination_reason = 'Hai bên thống nhất' where id = ?", ended);
		for (int year : List.of(2022, 2025)) {
			Matcher card = CARD.matcher(dashboard(year));
			String link = null;
			int figure = -1;
			while (card.find()) {
				if (card.group(2).equals("Thỏa thuận còn hiệu lực")) {
					link = card.group(1);
					figure = Integer.parseInt(card.group(3));
				}
			}
			assertThat(link).as("the agreements card of " + year).isNotNull();
			String list = page(link);
			assertThat(list.split("<td><a href=\"/agreements/\\d+\">", -1).length - 1).as("%s (%s)", year, link)
				.isEqualTo(figure);
			// The list shows the day it lists, and can drop it.
			assertThat(list).containsPattern("name=\"inForceOn\"[^>]* value=\"31/12/" + year + "\"");
			assertThat(list.contains(MARK + "2022")).as("the one in force in 2022 only").isEqualTo(year == 2022);
			assertThat(list).doesNotContain(MARK + "2026 a", MARK + "2026 b");
		}
	}

	@Test
	void theTotalOfActivitiesOpensTheListWithoutTheCancelledOnesItLeavesOut() {
		for (int year : List.of(2022, 2025)) {
			String dashboard = dashboard(year);
			Matcher card = CARD.matcher(dashboard);
			List<String> seen = new ArrayList<>();
			while (card.find()) {
				seen.add(card.group(2));
				if (card.group(1).startsWith("/activities")) {
					assertThat(rows(card.group(1))).as("%s: %s (%s)", year, card.group(2), card.group(1))
						.isEqualTo(Integer.parseInt(card.group(3)));
				}
			}
			assertThat(seen).as("the headline cards of " + year).contains("Tổng số hoạt động (không tính hoạt động đã hủy)");
		}
	}

	@Test
	void aGroupsRowOpensTheListOfTheActivitiesItCounts() {
		List<String[]> rows = rows(dashboard(2022), "group=");
		assertThat(rows).hasSize(15);
		for (String[] row : rows) {
			assertThat(rows(row[0])).as("%s (%s)", row[1], row[0]).isEqualTo(Integer.parseInt(row[2]));
		}
		assertThat(rows).filteredOn(row -> row[1].startsWith("6. ")).singleElement()
			.satisfies(row -> assertThat(row[2]).isEqualTo("0"));
	}

	@Test
	void aDepartmentsRowAndItsBarOpenTheListOfTheActivitiesItCounts() {
		for (int year : List.of(2022, 2025)) {
			String dashboard = dashboard(year);
			List<String[]> rows = rows(dashboard, "department=");
			assertThat(rows).as("the department rows of " + year).isNotEmpty();
			for (String[] row : rows) {
				assertThat(rows(row[0])).as("%s: %s (%s)", year, row[1], row[0]).isEqualTo(Integer.parseInt(row[2]));
			}
			Matcher segment = SEGMENT.matcher(dashboard);
			int segments = 0;
			while (segment.find()) {
				segments++;
				assertThat(rows(segment.group(1))).as("%s: %s (%s)", year, segment.group(2), segment.group(1))
					.isEqualTo(Integer.parseInt(segment.group(3)));
			}
			assertThat(segments).as("bar pieces in " + year).isPositive();
		}
		// 2025's Sở KH&CN of 1 March counts G and H; the one before it, E, on its own row.
		List<String[]> rows2025 = rows(dashboard(2025), "department=");
		assertThat(rows2025).extracting(row -> row[1] + ": " + row[2])
			.contains("Sở Khoa học và Công nghệ: 2", "Sở Thông tin và Truyền thông: 1")
			.filteredOn(row -> row.startsWith("Sở Khoa học và Công nghệ: "))
			.hasSize(2);
		// The list it opens says so: its two boxes are ticked, and unticking them is the list of the filter's own.
		String successor = rows2025.stream().filter(row -> row[2].equals("2")).findFirst().orElseThrow()[0];
		assertThat(page(successor)).containsPattern(ticked("withoutPredecessors")).containsPattern(ticked("withoutCancelled"))
			.contains("Chỉ đúng đơn vị chủ trì đã chọn, không gồm các đơn vị đã hợp nhất vào đơn vị đó");
		assertThat(rows(successor.replace("&withoutPredecessors=true", "").replace("&withoutCancelled=true", "")))
			.as("Sở KH&CN with the units merged into it, cancelled ones too").isEqualTo(5);
	}

	private static String ticked(String name) {
		return "<input [^>]*name=\"" + name + "\" value=\"true\"\\s+checked=\"checked\">";
	}

	/** The rows of the group or department table: link, name, number of activities. */
	private static List<String[]> rows(String dashboard, String filter) {
		List<String[]> rows = new ArrayList<>();
		Matcher row = ROW.matcher(dashboard);
		while (row.find()) {
			if (row.group(1).contains("&" + filter)) {
				rows.add(new String[] { row.group(1), row.group(2), row.group(3) });
			}
		}
		return rows;
	}

	private String dashboard(int year) {
		return page("/dashboard?year=" + year);
	}

	/** The number of activities the list at this address shows (one page holds them all here). */
	private int rows(String link) {
		String list = page(link);
		int rows = list.split("class=\"list-group-item list-group-item-action\"", -1).length - 1;
		assertThat(rows).as("one page of the list holds them all").isLessThan(20);
		return rows;
	}

	private String page(String address) {
		var result = this.mvc.get().uri(HtmlUtils.htmlUnescape(address)).with(this.accounts.as(Role.LEADER)).exchange();
		assertThat(result).as(address).hasStatusOk();
		return HtmlUtils.htmlUnescape(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private void insert(int year, String name, int group, String department, String status, String deadline) {
		this.jdbc.update("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline, actual_completion)
				select p.id, g.id, d.id, ?, ?, ?::date, case when ? = 'COMPLETED' then p.year || '-06-01' end::date
				from plans p join cooperation_groups g on g.number = ? join departments d on d.code = ?
				where p.year = ?""", MARK + name, status, deadline, status, group, department, year);
	}

}
