package vn.hanoi.cooperation.result;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Every results page renders in both languages with no missing message ({@code ??key??}). */
@PortalTest
class ResultPagesRenderTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	TestResults results;

	@BeforeEach
	void createResults() {
		this.results = new TestResults(this.jdbc).year(2024).year(2025);
		Long returned = this.results.create("TM.TUAN_HANG", 2025, "SCT_2025", "11", "10", "12", ResultStatus.RETURNED);
		this.results.create("TM.TUAN_HANG", 2024, "SCT", null, null, "9", ResultStatus.APPROVED);
		this.results.dispute(
				this.results.create("VH.SU_KIEN", 2025, "SVHTT_2025", "11", "4", "5", ResultStatus.APPROVED), "11");
		this.jdbc.update("insert into yearly_result_changes (result_id, action, field, old_value, new_value, author_name) "
				+ "values (?, 'UPDATED', 'actual', '10', '12', 'Cán bộ')", returned);
		this.jdbc.update("insert into group_year_narratives (group_id, year, achievements, difficulties, proposals) "
				+ "select id, 2025, 'Đã tổ chức 12 tuần hàng', 'Kinh phí hạn chế', 'Bổ sung kinh phí' from cooperation_groups where number = 2");
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	static List<Arguments> pages() {
		List<Arguments> pages = new ArrayList<>();
		for (String lang : List.of("vi", "en")) {
			for (Role role : List.of(Role.LEADER, Role.COORDINATOR, Role.STAFF, Role.PROVINCE)) {
				pages.add(Arguments.of(role, "/results/years/2025", lang));
				pages.add(Arguments.of(role, "/results/years/2021", lang));
				pages.add(Arguments.of(role, "/results/years/2025/entries", lang));
				// A page number below 1 (a hand-edited address) shows the first page.
				pages.add(Arguments.of(role, "/results/years/2025/entries?page=0", lang));
				pages.add(Arguments.of(role, "/results/years/2025/entries?page=-1", lang));
				pages.add(Arguments.of(role, "/indicators", lang));
			}
			pages.add(Arguments.of(Role.COORDINATOR, "/results/years/2025?all=true", lang));
			pages.add(Arguments.of(Role.STAFF, "/results/new?year=2025", lang));
			pages.add(Arguments.of(Role.COORDINATOR, "/results/new?year=2026", lang));
			pages.add(Arguments.of(Role.STAFF, "/results/years/2025/groups/2/narrative", lang));
			pages.add(Arguments.of(Role.ADMIN, "/indicators/new", lang));
			pages.add(Arguments.of(Role.COORDINATOR, "/indicators/1/edit", lang));
			pages.add(Arguments.of(Role.STAFF, "RETURNED", lang));
			pages.add(Arguments.of(Role.COORDINATOR, "RETURNED", lang));
			pages.add(Arguments.of(Role.STAFF, "RETURNED/edit", lang));
		}
		return pages;
	}

	@ParameterizedTest(name = "{0} {1} in {2}")
	@MethodSource("pages")
	void rendersWithoutMissingMessages(Role role, String url, String lang) throws Exception {
		if (url.startsWith("RETURNED")) {
			Long id = this.jdbc.queryForObject("select id from yearly_results where year = 2025 and status = 'RETURNED'",
					Long.class);
			url = url.replace("RETURNED", "/results/" + id);
		}
		MvcTestResult result = this.mvc.get().uri(url).param("lang", lang).with(this.accounts.as(role)).exchange();
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("??").contains("<html lang=\"" + lang + "\"");
	}

	@org.junit.jupiter.api.Test
	void aCountedFigureSaysWhatItCountsOnTheResultPage() throws Exception {
		// Trade weeks and fairs are counted as events: target 10, actual 12 (createResults).
		Long id = this.jdbc.queryForObject("select id from yearly_results where year = 2025 and status = 'RETURNED'",
				Long.class);
		assertThat(page("/results/" + id, "vi")).contains(">10 sự kiện<", ">12 sự kiện<");
		assertThat(page("/results/" + id, "en")).contains(">10 events<", ">12 events<");
	}

	/**
	 * An English page wrote a figure of one with a plural unit: "1 tonnes", "1 people", "1 conferences". One takes the
	 * singular, more than one (or a fraction) the plural; Vietnamese has no plural.
	 */
	@org.junit.jupiter.api.Test
	void aFigureOfOneReadsSingularInEnglish() throws Exception {
		Long tonnes = this.results.create("TM.SAN_LUONG_KET_NOI", 2025, "SCT_2025", null, "1.5", "1", ResultStatus.SUBMITTED);
		Long people = this.results.create("GD.CAN_BO_DAO_TAO", 2025, "SCT_2025", null, "2", "1", ResultStatus.SUBMITTED);
		Long conferences = this.results.create("XTDT.HOI_NGHI", 2025, "SCT_2025", null, "3", "1", ResultStatus.SUBMITTED);
		Long chains = this.results.create("NN.CHUOI_LIEN_KET", 2025, "SCT_2025", null, "2", "1", ResultStatus.SUBMITTED);
		assertThat(page("/results/" + tonnes, "en")).contains(">1 tonne<", ">1,5 tonnes<");
		assertThat(page("/results/" + people, "en")).contains(">1 person<", ">2 people<");
		assertThat(page("/results/" + conferences, "en")).contains(">1 conference<", ">3 conferences<");
		assertThat(page("/results/" + chains, "en")).contains(">1 supply chain<", ">2 supply chains<");
		assertThat(page("/results/" + tonnes, "vi")).contains(">1 tấn<", ">1,5 tấn<");
		assertThat(page("/results/" + conferences, "vi")).contains(">1 hội nghị<", ">3 hội nghị<");
	}

	/** A figure not approved yet reads "—" on the year's page, as on the dashboard, not an empty cell. */
	@org.junit.jupiter.api.Test
	void aFigureNotApprovedYetReadsADashNotABlank() throws Exception {
		// Trade weeks of 2025: only a returned figure (createResults), nothing approved.
		String year = page("/results/years/2025?all=true", "vi");
		String tradeWeeks = year.substring(year.indexOf("TM.TUAN_HANG") - 2000, year.indexOf("TM.TUAN_HANG") + 3000);
		assertThat(tradeWeeks).containsPattern("data-label=\"[^\"]+\">—</td>")
			// The unit column of a province's row is empty on purpose: the unit is on its total's row.
			.doesNotContainPattern("data-label=\"(?!Đơn vị tính)[^\"]+\">\\s*</td>");
	}

	private String page(String url, String lang) throws Exception {
		MvcTestResult result = this.mvc.get().uri(url).param("lang", lang).with(this.accounts.as(Role.COORDINATOR))
			.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** 2099 opened "Số liệu năm 2099 đang mở" with empty tables while its form answered 404. */
	@org.junit.jupiter.api.Test
	void aYearTheResultFormDoesNotOfferIsNotFoundOnTheYearsPages() {
		int nextYear = java.time.LocalDate.now(this.clock).getYear() + 1;
		for (int year : new int[] { ResultFormValidator.FIRST_YEAR - 1, nextYear + 1, 2099 }) {
			for (Role role : Role.values()) {
				for (String page : List.of("/results/years/{y}", "/results/years/{y}/entries", "/results/years/{y}/grid")) {
					assertThat(this.mvc.get().uri(page, year).with(this.accounts.as(role))).as(role + " " + page + " " + year)
						.hasStatus(404);
				}
			}
			assertThat(this.mvc.get().uri("/results/new?year={y}", year).with(this.accounts.as(Role.STAFF))).hasStatus(404);
		}
		for (int year : new int[] { ResultFormValidator.FIRST_YEAR, nextYear }) {
			assertThat(this.mvc.get().uri("/results/years/{y}", year).with(this.accounts.as(Role.PROVINCE))).hasStatusOk();
			assertThat(this.mvc.get().uri("/results/years/{y}/entries", year).with(this.accounts.as(Role.STAFF)))
				.hasStatusOk();
			assertThat(this.mvc.get().uri("/results/new?year={y}", year).with(this.accounts.as(Role.STAFF))).hasStatusOk();
		}
	}

	@org.junit.jupiter.api.Test
	void theResultsLinkIsInTheMenu() {
		assertThat(this.mvc.get().uri("/").with(this.accounts.as(Role.LEADER))).hasStatusOk()
			.bodyText()
			.contains("Kết quả");
		assertThat(this.mvc.get().uri("/results").with(this.accounts.as(Role.LEADER))).hasStatus3xxRedirection();
	}

}
