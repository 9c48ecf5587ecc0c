package vn.hanoi.cooperation.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.account.Viewers;
import vn.hanoi.cooperation.activity.DeadlineStatus;
import vn.hanoi.cooperation.province.ProvincePeriod;

import static org.assertj.core.api.Assertions.assertThat;

/** Every figure of the dashboard equals an independent count over the same rows. */
@PortalTest
class DashboardTest {

	private static final String MARK = "DASHBOARD ";

	/** A line shown below Bootstrap's sm width only (d-sm-none), as the text it holds starts. */
	private static final String PHONE_ONLY = "<small\\s+class=\"[^\"]*\\bd-sm-none\\b[^\"]*\"[^>]*>";

	private static final LocalDate TODAY = LocalDate.of(2022, 9, 1);

	@Autowired
	DashboardQueries queries;

	@Autowired
	Viewers viewers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void seed() {
		// 2022: Sở Công Thương with Điện Biên and Hà Giang, Sở Y tế with Tuyên Quang and Hà Giang, a cancelled one.
		insert("A", 2, "SCT", "IN_PROGRESS", "2022-08-01", null, true, "11", "02");
		insert("B", 2, "SCT", "COMPLETED", "2022-06-30", "2022-06-30", true, "11");
		insert("C", 7, "SYT", "COMPLETED", "2022-06-30", "2022-07-05", false, "08", "02");
		insert("D", 7, "SYT", "IN_PROGRESS", "2022-12-31", null, true, "12");
		insert("E", 7, "SYT", "PLANNED", null, null, true, "40");
		insert("F", 1, "SKHDT", "CANCELLED", "2022-03-01", null, true, "11");
	}

	@AfterEach
	void clean() {
		this.jdbc.update("delete from activities where title like ?", MARK + "%");
		String results = "select id::text from yearly_results where narrative like ?";
		this.jdbc.update("delete from outgoing_emails where notification_id in (select id from notifications"
				+ " where link in (select '/results/' || id from (" + results + ") r))", MARK + "%");
		this.jdbc.update("delete from notifications where link in (select '/results/' || id from (" + results
				+ ") r)", MARK + "%");
		this.jdbc.update("delete from yearly_result_changes where result_id in (select id from yearly_results"
				+ " where narrative like ?)", MARK + "%");
		this.jdbc.update("delete from yearly_results where narrative like ?", MARK + "%");
	}

	@Test
	void cancelledActivitiesAreListedButNeverCountedAsCarriedOut() throws Exception {
		Dashboard dashboard = this.queries.build(2022, ProvincePeriod.UNITS_2025, leader(), TODAY);
		// Điện Biên: A and B; F names it too but was cancelled.
		assertThat(counts(dashboard).get("11")).isEqualTo(2);
		// Six activities listed, five carried out: the headline and the trend say five.
		assertThat(dashboard.thisYear().total()).isEqualTo(6);
		assertThat(dashboard.thisYear().active()).isEqualTo(5);
		assertThat(dashboard.trend().stream().filter(p -> p.year() == 2022).findFirst().orElseThrow().counts().active())
			.isEqualTo(5);
		// The trend's table under its chart says five too (it said six, under a heading that leaves cancelled out).
		String page = this.mvc.get().uri("/dashboard?year=2022").with(this.accounts.as(Role.LEADER)).exchange()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher row = java.util.regex.Pattern
			.compile("<a href=\"/dashboard\\?year=2022&(?:amp;)?map=UNITS_20(?:08|25)\">2022</a></th>\\s*<td class=\"text-end\">(\\d+)</td>")
			.matcher(page);
		assertThat(row.find()).as("the trend table's row of 2022").isTrue();
		assertThat(row.group(1)).isEqualTo("5");
		// A cancelled activity with Lạng Sơn engages no province: Điện Biên, Hà Giang, Tuyên Quang, Lai Châu and
		// Nghệ An remain.
		insert("G", 2, "SCT", "CANCELLED", "2022-12-31", null, true, "20");
		Dashboard again = this.queries.build(2022, ProvincePeriod.UNITS_2025, leader(), TODAY);
		// Counted on 2022's 63 units, as 2022's map shows them: Hà Giang and Tuyên Quang are two.
		assertThat(again.provincesEngaged()).isEqualTo(5)
			.isEqualTo(counts(this.queries.build(2022, ProvincePeriod.UNITS_2008, leader(), TODAY)).size());
		assertThat(counts(again)).doesNotContainKey("20");
		var list = this.mvc.get().uri("/activities?year=2022").with(this.accounts.as(Role.LEADER)).exchange();
		assertThat(list).hasStatusOk().bodyText().contains(MARK + "F");
	}

	@Test
	void aPlannedActivityIsCountedAsNotStartedNeverAsUnderWay() {
		Dashboard dashboard = this.queries.build(2022, ProvincePeriod.UNITS_2025, leader(), TODAY);
		// E is planned (no deadline); D is the only one under way within its deadline (A is overdue).
		assertThat(dashboard.thisYear().notStarted()).isEqualTo(1);
		assertThat(dashboard.thisYear().onTrack()).isEqualTo(1);
		assertThat(DeadlineStatus.of(vn.hanoi.cooperation.activity.ActivityStatus.PLANNED, LocalDate.of(2022, 12, 31),
				null, TODAY)).isEqualTo(DeadlineStatus.NOT_STARTED);
		String html = page(this.accounts.as(Role.LEADER));
		assertThat(html).contains("Trong hạn (chưa hoàn thành)", "Chưa bắt đầu (trong hạn)")
			.doesNotContain("Đang thực hiện trong hạn");
		Long planned = this.jdbc.queryForObject("select id from activities where title = ?", Long.class, MARK + "E");
		var detail = this.mvc.get().uri("/activities/{id}", planned).with(this.accounts.as(Role.LEADER)).exchange();
		assertThat(detail).hasStatusOk().bodyText().contains("Chưa bắt đầu (trong hạn)")
			.doesNotContain("Trong hạn (chưa hoàn thành)");
	}

	@Test
	void keyFiguresAndTheTrendTakeADepartmentsTotalNotItsBreakdownAndKeepItsLowerBound() {
		// The key figure of group 2 is its first indicator; the trend shows the goods, whose 2021 figure is the
		// plan's "trên 300.000".
		String key = this.jdbc.queryForObject("""
				select i.code from indicators i join cooperation_groups g on g.id = i.group_id
				where g.number = 2 order by i.id limit 1""", String.class);
		for (String indicator : new java.util.LinkedHashSet<>(List.of(key, "TM.SAN_LUONG_KET_NOI"))) {
			// Sở Công Thương: "trên 310.000", of which Điện Biên 45.000 and Sơn La 61.000; Sở NN&PTNT: Lai Châu
			// 10.000 only.
			result(indicator, "SCT", null, "280000", "310000", true);
			result(indicator, "SCT", "11", "40000", "45000", false);
			result(indicator, "SCT", "14", null, "61000", false);
			result(indicator, "SNNPTNT", "12", null, "10000", false);
		}
		Dashboard dashboard = this.queries.build(2022, ProvincePeriod.UNITS_2025, leader(), TODAY);
		KeyIndicator keyFigure = dashboard.keyIndicators()
			.stream()
			.filter(k -> k.groupNumber() == 2)
			.findFirst()
			.orElseThrow();
		// 310.000 + 10.000, a lower bound because 310.000 is one.
		assertThat(keyFigure.actual()).isEqualByComparingTo("320000");
		assertThat(keyFigure.target()).isEqualByComparingTo("280000");
		assertThat(keyFigure.lowerBound()).isTrue();
		IndicatorTrend goods = dashboard.indicatorTrends()
			.stream()
			.filter(t -> t.nameVi().equals("Sản lượng hàng hóa được kết nối tiêu thụ"))
			.findFirst()
			.orElseThrow();
		assertThat(goods.actual(2022)).isEqualByComparingTo("320000");
		assertThat(goods.lowerBound(2021)).as("the plan's trên 300.000").isTrue();
		assertThat(goods.lowerBound(2022)).isTrue();
		assertThat(page(this.accounts.as(Role.LEADER))).contains("trên 320.000").doesNotContain("426.000");
	}

	@Test
	void aKeyFiguresShareOfTheTargetIsTheYearViewsNeverRoundedUpToMet() {
		// 996 of a target of 1.000: 99,6 %, a target not met; rounded to whole percent it read "100 %".
		String name = this.jdbc.queryForObject("""
				select i.name_vi from indicators i join cooperation_groups g on g.id = i.group_id
				where g.number = 2 order by i.id limit 1""", String.class);
		String code = this.jdbc.queryForObject("select code from indicators where name_vi = ?", String.class, name);
		result(code, "SCT", null, "1000", "996", false);
		String dashboard = page(this.accounts.as(Role.LEADER));
		assertThat(dashboard)
			.containsPattern("(?s)" + java.util.regex.Pattern.quote(name + "</span></th>") + ".*?>99,6%<")
			.contains("title=\"" + name + "\"><span>99,6%</span>")
			.doesNotContainPattern("(?s)" + java.util.regex.Pattern.quote(name + "</span></th>")
					+ "(?:(?!</tr>).)*100 %");
		var year = this.mvc.get().uri("/results/years/2022").with(this.accounts.as(Role.LEADER)).exchange();
		assertThat(year).hasStatusOk().bodyText().contains(">99,6%<");
	}

	@Test
	void aLowerIsBetterKeyFigureAboveItsTargetMissedItAsTheYearViewSays() {
		// Two groups whose key figure is a rate that should fall: one at 6 % against 5 % (missed, 120 % of the
		// target, which a full bar read as done), one at 4 % against 5 % (met, at 80 %).
		List<Map<String, Object>> rates = this.jdbc.queryForList("""
				select k.code, k.name_vi, k.name_en from (select distinct on (group_id) code, name_vi, name_en, direction
				                                           from indicators
				                               order by group_id, id) k
				where k.direction = 'LOWER' order by k.code""");
		assertThat(rates).hasSizeGreaterThanOrEqualTo(2);
		String missed = (String) rates.get(0).get("name_vi");
		String met = (String) rates.get(1).get("name_vi");
		result((String) rates.get(0).get("code"), "SYT", null, "5", "6", false);
		result((String) rates.get(1).get("code"), "SGTVT", null, "5", "4", false);
		String dashboard = page(this.accounts.as(Role.LEADER));
		assertThat(row(dashboard, missed)).contains("Càng thấp càng tốt", "text-danger", ">120%<", "Chưa đạt kế hoạch",
				"aria-label=\"" + missed + ": 120%, Chưa đạt kế hoạch\"", "fill=\"#D55E00\"");
		assertThat(row(dashboard, met)).contains("Càng thấp càng tốt", "text-success", ">80%<", "Đạt kế hoạch")
			.doesNotContain("Chưa đạt", "#D55E00");
		assertThat(dashboard).containsPattern("class=\"text-end text-danger\"[^>]* title=\"" + Pattern.quote(missed) + "\"><span>120%</span>");
		assertThat(row(page(this.accounts.as(Role.LEADER), "&lang=en"), (String) rates.get(1).get("name_en")))
			.contains("Lower is better", "Target met");
		// The year view says the same: red for the one, green for the other.
		var year = this.mvc.get().uri("/results/years/2022").with(this.accounts.as(Role.LEADER)).exchange();
		assertThat(year).hasStatusOk().bodyText().containsPattern("text-danger\">120%<").containsPattern("text-success\">80%<");
	}

	@Test
	void onAPhoneAGroupsCardNamesItsKeyIndicatorThatATooltipCannotShowThere() {
		// On a phone each group is a card, and nobody hovers there: the indicator's name only as the cell's title
		// left a bare "99,6%". The card says the name under the figure (below Bootstrap's sm width only).
		Map<String, Object> key = this.jdbc.queryForMap("""
				select i.code, i.name_vi, i.name_en from indicators i join cooperation_groups g on g.id = i.group_id
				where g.number = 2 order by i.id limit 1""");
		result((String) key.get("code"), "SCT", null, "1000", "996", false);
		assertThat(groupCard(page(this.accounts.as(Role.LEADER)), 2)).containsPattern(
				">99,6%</span>" + PHONE_ONLY + Pattern.quote((String) key.get("name_vi")) + "</small></td>");
		assertThat(groupCard(page(this.accounts.as(Role.LEADER), "&lang=en"), 2)).containsPattern(
				">99.6%</span>" + PHONE_ONLY + Pattern.quote((String) key.get("name_en")) + "</small></td>");
	}

	/** The table by group's row (a phone's card) of the group with this number, from its name to the row's end. */
	private static String groupCard(String html, int number) {
		java.util.regex.Matcher row = Pattern
			.compile("(?s)<th scope=\"row\" class=\"fw-normal\"><a href=\"[^\"]*group=\\d+[^\"]*\">" + number
					+ "\\. (?:(?!</tr>).)*</tr>")
			.matcher(html);
		assertThat(row.find()).as("a group row for group " + number).isTrue();
		return row.group();
	}

	/** The key figures' table row of an indicator, from its name to the row's end. */
	private static String row(String html, String name) {
		java.util.regex.Matcher row = java.util.regex.Pattern
			.compile("(?s)" + java.util.regex.Pattern.quote(name + "</span>") + "(?:(?!</tr>).)*</tr>")
			.matcher(html);
		assertThat(row.find()).as("a key figure row for " + name).isTrue();
		return row.group();
	}

	@Test
	void aKeyFigureThatCountsSaysWhatItCounts() {
		// Group 1's key figure is its first indicator, a count (agreements, conferences…) with its own noun.
		Map<String, Object> key = this.jdbc.queryForMap("""
				select i.code, i.name_vi, i.name_en, i.unit, i.count_noun_vi, i.count_noun_en from indicators i
				join cooperation_groups g on g.id = i.group_id where g.number = 1 order by i.id limit 1""");
		assertThat(key.get("unit")).isEqualTo("COUNT");
		assertThat(List.of("văn bản", "hội nghị", "thỏa thuận")).contains((String) key.get("count_noun_vi"));
		result((String) key.get("code"), "SCT", null, "4", "5", false);
		assertThat(page(this.accounts.as(Role.LEADER)))
			.containsPattern(java.util.regex.Pattern.quote(key.get("name_vi") + "</span></th>") + "\\s*<td[^>]*>"
					+ key.get("count_noun_vi") + "</td>")
			.doesNotContain(">số lượng</td>");
		assertThat(page(this.accounts.as(Role.LEADER), "&lang=en"))
			.containsPattern(java.util.regex.Pattern.quote(key.get("name_en") + "</span></th>") + "\\s*<td[^>]*>"
					+ key.get("count_noun_en") + "</td>");
	}

	@Test
	void aPercentageReportedPerProvinceIsAveragedOnTheMapNeverAddedUp() {
		// The completion rate in Điện Biên, from two departments: 80 % and 90 %; Lai Châu 70 %.
		result("GD.TY_LE_HOAN_THANH", "SGDDT", "11", null, "80", false);
		result("GD.TY_LE_HOAN_THANH", "SYT", "11", null, "90", false);
		result("GD.TY_LE_HOAN_THANH", "SGDDT", "12", null, "70", false);
		Long rate = this.jdbc.queryForObject("select id from indicators where code = 'GD.TY_LE_HOAN_THANH'", Long.class);
		Map<String, Long> tiles = counts(this.queries.build(2022, ProvincePeriod.UNITS_2008, leader(), TODAY, rate));
		assertThat(tiles).containsEntry("11", 85L).containsEntry("12", 70L);
	}

	@Test
	void aMapColouredByAnIndicatorSaysItsFiguresWithTheirUnitNeverActivities() {
		result("TM.SAN_LUONG_KET_NOI", "SCT", "11", null, "45000", false);
		result("TM.SAN_LUONG_KET_NOI", "SCT", "14", null, "61000.5", true);
		Long goods = indicator("TM.SAN_LUONG_KET_NOI");
		String html = page(this.accounts.as(Role.LEADER), "&map=UNITS_2008&indicator=" + goods);
		assertThat(html).contains("Sản lượng hàng hóa được kết nối tiêu thụ theo địa phương năm 2022",
				"Điện Biên: 45.000 tấn", "Sơn La: trên 61.000,5 tấn", "Lai Châu: chưa có số liệu đã duyệt",
				"Thực hiện (tấn)", "Giá trị thực hiện (tấn):", ">trên 61.000,5<")
			.doesNotContain("45000 hoạt động", "45.000 hoạt động", "Số hoạt động hợp tác theo địa phương");
		String english = page(this.accounts.as(Role.LEADER), "&map=UNITS_2008&lang=en&indicator=" + goods);
		assertThat(english).contains("Son La: over 61.000,5 tonnes").doesNotContainPattern(": [0-9.,]+ activities");
	}

	/**
	 * The year view and the publication mark a figure its province disputes; the map showed it as any other. The mark
	 * comes and goes with the province's answer at the next request, though the dashboard is kept in memory, and
	 * costs no statement of its own.
	 */
	@Test
	void aFigureItsProvinceDisputesIsMarkedOnTheMapAndInTheTableUntilTheProvinceAgrees() {
		result("TM.SAN_LUONG_KET_NOI", "SCT", "11", null, "45000", false);
		result("TM.SAN_LUONG_KET_NOI", "SCT", "14", null, "61000", false);
		Long dienBien = this.jdbc.queryForObject("""
				select r.id from yearly_results r join provinces p on p.id = r.province_id
				 where p.code = '11' and r.narrative = ?""", Long.class, MARK + "TM.SAN_LUONG_KET_NOI");
		String map = "&map=UNITS_2008&indicator=" + indicator("TM.SAN_LUONG_KET_NOI");
		long statements = computed(map);
		assertThat(page(this.accounts.as(Role.LEADER), map)).contains("Điện Biên: 45.000 tấn")
			.doesNotContain("không thống nhất", "tile-disputed");
		// The province officer's dashboard is kept too, before the dispute.
		assertThat(tile(page(this.accounts.as(Role.PROVINCE), map), "Điện Biên")).doesNotContain("tile-disputed");

		answer(dienBien, "DISPUTED", "Sở Công Thương tỉnh ghi nhận 40.000 tấn.");
		assertThat(computed(map)).as("statements of the map with a dispute").isEqualTo(statements);
		String disputed = page(this.accounts.as(Role.LEADER), map);
		assertThat(tile(disputed, "Điện Biên")).contains("Điện Biên: 45.000 tấn (Địa phương không thống nhất)",
				"class=\"tile-disputed\"");
		assertThat(tile(disputed, "Sơn La")).contains("Sơn La: 61.000 tấn<").doesNotContain("tile-disputed");
		assertThat(disputed).containsPattern(">Điện Biên</a>\\s*<span class=\"badge[^\"]*\">Địa phương không thống nhất</span>")
			.doesNotContainPattern(">Sơn La</a>\\s*<span class=\"badge");
		assertThat(page(this.accounts.as(Role.LEADER), map + "&lang=en"))
			.contains("Dien Bien: 45.000 tonnes (Disputed by the province)")
			.containsPattern(">Dien Bien</a>\\s*<span class=\"badge[^\"]*\">Disputed by the province</span>");
		// The province officer sees the mark on their own dashboard too, not the one kept before.
		assertThat(tile(page(this.accounts.as(Role.PROVINCE), map), "Điện Biên"))
			.contains("(Địa phương không thống nhất)", "tile-disputed");

		answer(dienBien, "CONFIRMED", null);
		assertThat(page(this.accounts.as(Role.LEADER), map)).contains("Điện Biên: 45.000 tấn")
			.doesNotContain("không thống nhất", "tile-disputed");
		assertThat(tile(page(this.accounts.as(Role.PROVINCE), map), "Điện Biên")).doesNotContain("tile-disputed");
	}

	/**
	 * The year view marks a province's line when the province disputes any figure counted on it, one with a target
	 * only included; the tile of the same province and indicator says the same.
	 */
	@Test
	void aDisputedFigureWithATargetOnlyMarksTheTileAsItMarksTheYearViewsLine() {
		result("TM.SAN_LUONG_KET_NOI", "SCT", "11", null, "45000", false);
		result("TM.SAN_LUONG_KET_NOI", "SNNPTNT", "11", "20000", null, false);
		Long targetOnly = this.jdbc.queryForObject("""
				select r.id from yearly_results r join departments d on d.id = r.department_id
				 where d.code = 'SNNPTNT' and r.narrative = ?""", Long.class, MARK + "TM.SAN_LUONG_KET_NOI");
		answer(targetOnly, "DISPUTED", "Tỉnh chưa thống nhất kế hoạch 20.000 tấn.");
		String map = "&map=UNITS_2008&indicator=" + indicator("TM.SAN_LUONG_KET_NOI");
		assertThat(tile(page(this.accounts.as(Role.LEADER), map), "Điện Biên"))
			.contains("Điện Biên: 45.000 tấn (Địa phương không thống nhất)", "tile-disputed");
		assertThat(yearView()).containsPattern("Điện Biên[^<]*</[^>]+>[\\s\\S]{0,600}?Địa phương không thống nhất");
	}

	/**
	 * Coloured by an indicator, another year or the other map stays coloured by it; a map where no unit has a figure
	 * (2025 figures cannot be split over the 63 former units) has a legend of "none" alone, not five steps of "> 0".
	 */
	@Test
	void theMapKeepsItsIndicatorAcrossYearsAndMapsAndALegendWithoutFiguresSaysNone() {
		vn.hanoi.cooperation.TestPlan2025 plan = new vn.hanoi.cooperation.TestPlan2025(this.jdbc);
		try {
			result("TM.SAN_LUONG_KET_NOI", 2025, "SCT_2025", "08", "2025-07-01", "300");
			Long goods = indicator("TM.SAN_LUONG_KET_NOI");
			String coloured = leaders("year=2025&map=UNITS_2025&indicator=" + goods);
			assertThat(coloured).contains("href=\"/dashboard?year=2025&map=UNITS_2008&indicator=" + goods + "\"",
					"href=\"/dashboard?year=2022&map=UNITS_2025&indicator=" + goods + "\"");
			assertThat(leaders("year=2025"))
				.contains("href=\"/dashboard?year=2022&map=UNITS_2025\"")
				.doesNotContain("&indicator=");

			String none = legend(leaders("year=2025&map=UNITS_2008&indicator=" + goods));
			assertThat(none).contains("chưa có").doesNotContain("> ");
			assertThat(legend(coloured)).contains("chưa có", "> 60");
		}
		finally {
			plan.remove();
		}
	}

	/** The leader's dashboard at this query, as the browser reads it. */
	private String leaders(String query) {
		var result = this.mvc.get().uri("/dashboard?" + query).with(this.accounts.as(Role.LEADER)).exchange();
		assertThat(result).hasStatusOk();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(
				new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The map's legend as rendered. */
	private static String legend(String html) {
		String legend = html.substring(html.indexOf("<figcaption class=\"map-legend"));
		return legend.substring(0, legend.indexOf("</figcaption>"));
	}

	private String yearView() {
		var result = this.mvc.get().uri("/results/years/2022").with(this.accounts.as(Role.LEADER)).exchange();
		assertThat(result).hasStatusOk();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(
				new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void aFigureOfANewUnitIsNeverCopiedOntoTheUnitsItWasFormedFrom() {
		// 2025: Tuyên Quang of 1 July 2025 reported 300 tonnes, Hà Giang (one of the two units it was formed from)
		// 100 before the merger.
		result("TM.SAN_LUONG_KET_NOI", 2025, "SCT_2025", "08", "2025-07-01", "300");
		result("TM.SAN_LUONG_KET_NOI", 2025, "SCT_2025", "02", "2008-08-01", "100");
		Long goods = indicator("TM.SAN_LUONG_KET_NOI");
		Map<String, Long> units2025 = counts(this.queries.build(2025, ProvincePeriod.UNITS_2025, leader(), TODAY, goods));
		Map<String, Long> units2008 = counts(this.queries.build(2025, ProvincePeriod.UNITS_2008, leader(), TODAY, goods));
		// The former unit's figure is added to its successor's; the successor's is not split, nor copied.
		assertThat(units2025).containsExactly(Map.entry("08", 400L));
		assertThat(units2008).containsExactly(Map.entry("02", 100L));
		assertThat(page(this.accounts.as(Role.LEADER), "&year=2025&map=UNITS_2008&indicator=" + goods))
			.contains("không chia được cho các đơn vị cũ");
	}

	@Test
	void aNewUnitsRunningTotalCoversTheSameDepartmentsFiguresOfTheUnitsItWasFormedFromOnTheMap() {
		// Sở Công Thương: Hà Giang 5 and the old Tuyên Quang 3 at 30/6, Tuyên Quang of July 10 at 31/12, as a running
		// total (LAST) and as a flow (SUM).
		for (String indicator : List.of("NN.CHUOI_LIEN_KET", "TM.SAN_LUONG_KET_NOI")) {
			result(indicator, 2025, "SCT_2025", "02", "2008-08-01", "5");
			result(indicator, 2025, "SCT_2025", "08", "2008-08-01", "3");
			result(indicator, 2025, "SCT_2025", "08", "2025-07-01", "10");
		}
		Long chains = indicator("NN.CHUOI_LIEN_KET");
		assertThat(counts(this.queries.build(2025, ProvincePeriod.UNITS_2025, leader(), TODAY, chains)))
			.containsExactly(Map.entry("08", 10L));
		Long goods = indicator("TM.SAN_LUONG_KET_NOI");
		assertThat(counts(this.queries.build(2025, ProvincePeriod.UNITS_2025, leader(), TODAY, goods)))
			.containsExactly(Map.entry("08", 18L));
		// Sở Y tế reported Hà Giang 4 and nothing for Tuyên Quang of July.
		result("NN.CHUOI_LIEN_KET", 2025, "SYT_2025", "02", "2008-08-01", "4");
		// The running total covers its department's former units; Sở Y tế's Hà Giang is covered by nothing.
		assertThat(counts(this.queries.build(2025, ProvincePeriod.UNITS_2025, leader(), TODAY, chains)))
			.containsExactly(Map.entry("08", 14L));
		// On the 63 units each former unit keeps its own figures.
		assertThat(counts(this.queries.build(2025, ProvincePeriod.UNITS_2008, leader(), TODAY, chains)))
			.containsOnly(Map.entry("02", 9L), Map.entry("08", 3L));
	}

	@Test
	void aNewUnitsTargetWithoutAnActualLeavesTheFormerUnitsActualsOnTheMap() {
		// Sở Công Thương: Hà Giang planned 6 and reported over 5, the old Tuyên Quang 4 and 3 at 30/6; Tuyên Quang of
		// July planned 12 and has not reported yet. Its target covers their targets, not their actuals.
		result("NN.CHUOI_LIEN_KET", 2025, "SCT_2025", "02", "2008-08-01", "6", "5", true);
		result("NN.CHUOI_LIEN_KET", 2025, "SCT_2025", "08", "2008-08-01", "4", "3", false);
		result("NN.CHUOI_LIEN_KET", 2025, "SCT_2025", "08", "2025-07-01", "12", null, false);
		Dashboard map = this.queries.build(2025, ProvincePeriod.UNITS_2025, leader(), TODAY,
				indicator("NN.CHUOI_LIEN_KET"));
		assertThat(counts(map)).containsExactly(Map.entry("08", 8L));
		assertThat(map.tiles()).filteredOn(t -> t.code().equals("08")).singleElement()
			.extracting(ProvinceTile::lowerBound).isEqualTo(true);
		// Its 10 arrives and covers the 5, with its "over".
		this.jdbc.update("""
				update yearly_results set actual = 10
				 where province_id = (select id from provinces where code = '08' and valid_from = date '2025-07-01')
				   and narrative = ?""", MARK + "NN.CHUOI_LIEN_KET");
		map = this.queries.build(2025, ProvincePeriod.UNITS_2025, leader(), TODAY, indicator("NN.CHUOI_LIEN_KET"));
		assertThat(counts(map)).containsExactly(Map.entry("08", 10L));
		assertThat(map.tiles()).filteredOn(t -> t.code().equals("08")).singleElement()
			.extracting(ProvinceTile::lowerBound).isEqualTo(false);
	}

	@Test
	void aSuccessorDepartmentsRunningTotalCoversTheDepartmentsThatEndedThatYearOnTheMap() {
		// Sở NN&PTNT's Hà Giang 5 and Sở TN&MT's old Tuyên Quang 3 before they ended on 28/2; their successor Sở Nông
		// nghiệp và Môi trường's Tuyên Quang of July 8 at 31/12, as a running total (LAST) and as a flow (SUM).
		for (String indicator : List.of("NN.CHUOI_LIEN_KET", "TM.SAN_LUONG_KET_NOI")) {
			result(indicator, 2025, "SNNPTNT", "02", "2008-08-01", "5");
			result(indicator, 2025, "STNMT", "08", "2008-08-01", "3");
			result(indicator, 2025, "SNNMT_2025", "08", "2025-07-01", "8");
		}
		Long chains = indicator("NN.CHUOI_LIEN_KET");
		assertThat(counts(this.queries.build(2025, ProvincePeriod.UNITS_2025, leader(), TODAY, chains)))
			.containsExactly(Map.entry("08", 8L));
		assertThat(counts(this.queries.build(2025, ProvincePeriod.UNITS_2025, leader(), TODAY,
				indicator("TM.SAN_LUONG_KET_NOI"))))
			.containsExactly(Map.entry("08", 16L));
		// On the 63 units each former unit keeps its departments' figures: the successor's are not on that map.
		assertThat(counts(this.queries.build(2025, ProvincePeriod.UNITS_2008, leader(), TODAY, chains)))
			.containsOnly(Map.entry("02", 5L), Map.entry("08", 3L));
		// But the successor's own Hà Giang row of 30/6 (4) is, and covers Sở NN&PTNT's there.
		result("NN.CHUOI_LIEN_KET", 2025, "SNNMT_2025", "02", "2008-08-01", "4");
		assertThat(counts(this.queries.build(2025, ProvincePeriod.UNITS_2008, leader(), TODAY, chains)))
			.containsOnly(Map.entry("02", 4L), Map.entry("08", 3L));
		assertThat(counts(this.queries.build(2025, ProvincePeriod.UNITS_2025, leader(), TODAY, chains)))
			.containsExactly(Map.entry("08", 8L));
	}

	/** In 2025 the Sở Y tế before 1 March and the one after are two rows of one name: the former says until when. */
	@Test
	void inTheYearOfTheMergersAFormerDepartmentSaysUntilWhen() {
		vn.hanoi.cooperation.TestPlan2025 plan = new vn.hanoi.cooperation.TestPlan2025(this.jdbc);
		try {
			for (String department : List.of("SYT", "SYT_2025")) {
				this.jdbc.update("""
						insert into activities (plan_id, group_id, lead_department_id, title, status, deadline)
						select p.id, g.id, d.id, ?, 'IN_PROGRESS', date '2025-12-31'
						from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = ?
						where p.year = 2025""", MARK + department, department);
			}
			var result = this.mvc.get().uri("/dashboard?year=2025").with(this.accounts.as(Role.LEADER)).exchange();
			String html = org.springframework.web.util.HtmlUtils.htmlUnescape(
					new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
			assertThat(html).containsPattern(">Sở Y tế</a>\\s*<small[^>]*>\\(đến 28/02/2025\\)</small>");
			assertThat(html.split(">Sở Y tế</a>", -1)).hasSize(3);
		}
		finally {
			this.jdbc.update("delete from activities where title like ?", MARK + "%");
			plan.remove();
		}
	}

	/**
	 * The on-time card divides by the completed activities, not by all of them: its label says so. It read "Completed
	 * on time 50 %" in English, the words of the bars' status, beside a report that counts on-time against all.
	 */
	@Test
	void theOnTimeShareSaysItIsOfTheCompletedActivities() {
		// B was completed on its deadline, C five days after it; A, D and E are not completed.
		assertThat(page(this.accounts.as(Role.LEADER))).containsPattern(
				"(?s)figure-label\">Đúng hạn trong số đã hoàn thành</div>\\s*<div class=\"figure-value\">50 %</div>");
		assertThat(page(this.accounts.as(Role.LEADER), "&lang=en")).containsPattern(
				"(?s)figure-label\">On time, of those completed</div>\\s*<div class=\"figure-value\">50 %</div>");
	}

	/** The province officer's answer about a result, as the result's page posts it. */
	private void answer(Long result, String answer, String comment) {
		var request = this.mvc.post().uri("/results/{id}/confirmation", result).with(this.accounts.as(Role.PROVINCE))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("answer", answer).param("from", "result");
		assertThat(comment == null ? request : request.param("comment", comment)).hasStatus3xxRedirection()
			.flash().containsEntry("answerRefused", false);
	}

	/** One tile of the map as rendered, from its link to its end. */
	private static String tile(String html, String name) {
		String tile = html.substring(html.indexOf("aria-label=\"" + name + ":"));
		return tile.substring(0, tile.indexOf("</a>"));
	}

	/** Statements of the leader's next dashboard, computed afresh after a change: what it costs the next reader. */
	private long computed(String more) {
		return SqlStatements.countDuring(() -> page(this.accounts.as(Role.LEADER), more));
	}

	private Long indicator(String code) {
		return this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, code);
	}

	private void result(String indicator, String department, String province, String target, String actual,
			boolean lowerBound) {
		result(indicator, 2022, department, province, "2008-08-01", target, actual, lowerBound);
	}

	private void result(String indicator, int year, String department, String province, String unitFrom,
			String actual) {
		result(indicator, year, department, province, unitFrom, null, actual, false);
	}

	private void result(String indicator, int year, String department, String province, String unitFrom,
			String target, String actual, boolean lowerBound) {
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, province_id, target, actual,
				                            actual_is_lower_bound, narrative, status, approved_at, approved_by_name)
				values ((select id from indicators where code = ?), ?, (select id from departments where code = ?),
				        (select id from provinces where code = ? and valid_from = ?::date),
				        ?::numeric, ?::numeric, ?, ?, 'APPROVED', now(), 'Điều phối')""", indicator, year, department,
				province, unitFrom, target, actual, lowerBound, MARK + indicator);
	}

	@Test
	void everyFigureEqualsAnIndependentCount() {
		Dashboard dashboard = this.queries.build(2022, ProvincePeriod.UNITS_2025, leader(), TODAY);
		long all = count("true");
		assertThat(dashboard.thisYear().total()).isEqualTo(all);
		assertThat(dashboard.thisYear().completed()).isEqualTo(count("a.status = 'COMPLETED'"));
		assertThat(dashboard.thisYear().overdue()).isEqualTo(
				count("a.status in ('PLANNED','IN_PROGRESS','SUSPENDED') and a.deadline < date '2022-09-01'"));
		assertThat(dashboard.thisYear().get(DeadlineStatus.COMPLETED_LATE))
			.isEqualTo(count("a.status = 'COMPLETED' and a.actual_completion > a.deadline"));
		for (Dashboard.GroupRow group : dashboard.groups()) {
			assertThat(group.counts().total()).as("group %d", group.number())
				.isEqualTo(count("a.group_id = " + group.id()));
		}
		for (Dashboard.DepartmentRow department : dashboard.departments()) {
			assertThat(department.counts().total()).isEqualTo(count("a.lead_department_id = " + department.id()));
		}
		assertThat(dashboard.groups()).hasSize(15);
		assertThat(dashboard.mostOverdue()).extracting(Dashboard.OverdueActivity::title)
			.contains(MARK + "A")
			.doesNotContain(MARK + "D", MARK + "F");
		assertThat(dashboard.mostOverdue().stream().filter(o -> o.title().equals(MARK + "A")).findFirst().orElseThrow()
			.daysOverdue()).isEqualTo(31);
	}

	@Test
	void theThirtyFourUnitMapAddsUpThePredecessors() {
		Map<String, Long> units2025 = counts(this.queries.build(2022, ProvincePeriod.UNITS_2025, leader(), TODAY));
		Map<String, Long> units2008 = counts(this.queries.build(2022, ProvincePeriod.UNITS_2008, leader(), TODAY));
		assertThat(this.queries.build(2022, ProvincePeriod.UNITS_2025, leader(), TODAY).tiles()).hasSize(34);
		assertThat(this.queries.build(2022, ProvincePeriod.UNITS_2008, leader(), TODAY).tiles()).hasSize(63);
		// On the old map Hà Giang (02) has A and C, Tuyên Quang (08) has C.
		assertThat(units2008.get("02")).isEqualTo(fixtureCount("02"));
		assertThat(units2008.get("08")).isEqualTo(fixtureCount("08"));
		// Tuyên Quang of 2025 = Hà Giang + Tuyên Quang, with C counted once.
		assertThat(units2025.get("08")).isEqualTo(this.jdbc.queryForObject("""
				select count(distinct a.id) from activities a join activity_partner_provinces ap on ap.activity_id = a.id
				join provinces pr on pr.id = ap.province_id where pr.code in ('02', '08')
				  and pr.valid_from = date '2008-08-01'""", Long.class));
		assertThat(units2025.get("11")).isEqualTo(fixtureCount("11"));
	}

	@Test
	void aProvinceOfficerCountsOnlyWhatIsSharedWithThem() {
		Viewer dienBien = this.viewers.of(this.accounts.principal(Role.PROVINCE));
		Dashboard dashboard = this.queries.build(2022, ProvincePeriod.UNITS_2025, dienBien, TODAY);
		// A, B and F name Điện Biên and are shared.
		assertThat(dashboard.thisYear().total()).isEqualTo(this.jdbc.queryForObject("""
				select count(*) from activities a where a.shared_with_provinces and exists (
				  select 1 from activity_partner_provinces ap join provinces pr on pr.id = ap.province_id
				  where ap.activity_id = a.id and pr.code = '11')""", Long.class));
		Map<String, Long> tiles = counts(dashboard);
		assertThat(tiles.keySet()).containsExactly("11");
		assertThat(dashboard.provincesEngaged()).isEqualTo(1);
		assertThat(this.mvc.get().uri("/dashboard?year=2022").with(this.accounts.as(Role.PROVINCE))).hasStatusOk()
			.bodyText()
			.doesNotContain("Tuyên Quang: 1")
			.doesNotContain("Lai Châu: 1");
	}

	@Test
	void statementsStayFixedWhenTheDataGrowsTenfold() {
		long before = statements();
		this.jdbc.update("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline)
				select p.id, g.id, d.id, ? || n, 'IN_PROGRESS', date '2022-01-01' + (n % 300)
				from generate_series(1, 600) n join plans p on p.year = 2022
				join cooperation_groups g on g.number = 1 + n % 15 join departments d on d.code = 'SCT'""", MARK);
		assertThat(statements()).isEqualTo(before);
		// 14 for the dashboard itself, 4 for the layout when the inbox is counted again (its data version, the reporting
		// year and the count) and the notification bell.
		assertThat(before).as("a small fixed number for the dashboard").isLessThanOrEqualTo(18);
	}

	@Test
	void figuresAreComputedOnceUntilTheDataChanges() {
		long computed = statements();
		long fromMemory = statements();
		assertThat(fromMemory).as("statements when nothing changed in between").isLessThan(computed);
		// Read from memory, the page still marks the staff member's own department, and only theirs, and speaks
		// the viewer's language.
		assertThat(page(this.accounts.as(Role.STAFF))).contains("Đơn vị của bạn");
		assertThat(page(this.accounts.as(Role.LEADER))).doesNotContain("Đơn vị của bạn").contains(MARK + "A");
		assertThat(page(this.accounts.as(Role.STAFF), "&lang=en")).contains("Progress report", "Your department")
			.doesNotContain("Đơn vị của bạn");
		assertThat(page(this.accounts.as(Role.LEADER), "&lang=vi")).contains("Báo cáo tiến độ")
			.doesNotContain("Progress report");
		// A change shows at the next request, without waiting for the memory to expire.
		this.jdbc.update("update activities set status = 'COMPLETED', actual_completion = date '2022-09-01' "
				+ "where title = ?", MARK + "A");
		assertThat(page(this.accounts.as(Role.LEADER))).doesNotContain(MARK + "A").contains("Số liệu tính lúc ");
		assertThat(page(this.accounts.as(Role.LEADER), "&lang=en")).contains("Figures as of ");
	}

	private String page(org.springframework.test.web.servlet.request.RequestPostProcessor user) {
		return page(user, "");
	}

	private String page(org.springframework.test.web.servlet.request.RequestPostProcessor user, String more) {
		var result = this.mvc.get().uri("/dashboard?year=2022" + more).with(user).exchange();
		assertThat(result).hasStatusOk();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(
				new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
	}

	private long statements() {
		return SqlStatements.countDuring(() -> assertThat(
				this.mvc.get().uri("/dashboard?year=2022").with(this.accounts.as(Role.LEADER)))
			.hasStatusOk());
	}

	private Viewer leader() {
		return this.viewers.of(this.accounts.principal(Role.LEADER));
	}

	private static Map<String, Long> counts(Dashboard dashboard) {
		return dashboard.tiles().stream().filter(ProvinceTile::shown)
			.collect(Collectors.toMap(ProvinceTile::code, t -> t.figure().longValueExact()));
	}

	private long count(String condition) {
		return this.jdbc.queryForObject("select count(*) from activities a join plans p on p.id = a.plan_id "
				+ "where p.year = 2022 and " + condition, Long.class);
	}

	private long fixtureCount(String code) {
		return this.jdbc.queryForObject("""
				select count(distinct a.id) from activities a join activity_partner_provinces ap on ap.activity_id = a.id
				join provinces pr on pr.id = ap.province_id where pr.code = ? and pr.valid_from = date '2008-08-01'
				  and a.status <> 'CANCELLED'""", Long.class, code);
	}

	private void insert(String name, int group, String department, String status, String deadline, String done,
			boolean shared, String... provinces) {
		Long id = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline,
				                        actual_completion, shared_with_provinces)
				select p.id, g.id, d.id, ?, ?, ?::date, ?::date, ? from plans p
				join cooperation_groups g on g.number = ? join departments d on d.code = ?
				where p.year = 2022 returning id""", Long.class, MARK + name, status, deadline, done, shared, group,
				department);
		for (String province : List.of(provinces)) {
			this.jdbc.update("""
					insert into activity_partner_provinces (activity_id, province_id)
					select ?, id from provinces where code = ? and valid_from = date '2008-08-01'""", id, province);
		}
	}

}
