package vn.hanoi.cooperation.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewers;
import vn.hanoi.cooperation.result.ResultStatus;
import vn.hanoi.cooperation.result.ResultYearReport;
import vn.hanoi.cooperation.result.TestResults;
import vn.hanoi.cooperation.result.YearReport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.cooperation.api.TestApiTokens.bearer;

/**
 * Yearly results and an indicator's figures through the read API, as the result pages show them: a department's
 * total beside its breakdown by province, never added to it; the units of the result's own year; a province officer
 * only the approved rows about their unit; cursor pages, conditional requests and a fixed number of statements.
 */
@PortalTest
class ApiResultsTest {

	/** A count ("sự kiện"): its unit and noun come with every result. */
	private static final String EVENTS = "TM.TUAN_HANG";

	private static final int YEAR = 2012;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Viewers viewers;

	@Autowired
	ResultYearReport report;

	@Autowired
	JdbcTemplate jdbc;

	TestApiTokens tokens;

	TestResults results;

	String leader;

	String province;

	Long indicator;

	Long sctTotal;

	Long sctDienBien;

	Long sctLaiChau;

	Long sytDienBien;

	Long sytLaiChauDraft;

	@BeforeEach
	void setUp() {
		this.tokens = new TestApiTokens(this.jdbc);
		this.leader = this.tokens.create(this.accounts.principal(Role.LEADER).getAccountId());
		this.province = this.tokens.create(this.accounts.principal(Role.PROVINCE).getAccountId());
		this.results = new TestResults(this.jdbc).year(YEAR);
		for (int year = 2001; year <= 2010; year++) {
			this.results.year(year);
		}
		this.indicator = this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, EVENTS);
		// Sở Công Thương: a total of 90 events, of which Điện Biên 30 and Lai Châu 20 (the units of 2012).
		this.sctTotal = this.results.create(EVENTS, YEAR, "SCT", null, "100", "90", ResultStatus.APPROVED);
		this.sctDienBien = this.results.create(EVENTS, YEAR, "SCT", "11@2008-08-01", "25", "30", ResultStatus.APPROVED);
		this.sctLaiChau = this.results.create(EVENTS, YEAR, "SCT", "12@2008-08-01", null, "20", ResultStatus.APPROVED);
		// Sở Y tế: no total; Điện Biên 15 approved, Lai Châu 7 still a draft.
		this.sytDienBien = this.results.create(EVENTS, YEAR, "SYT", "11@2008-08-01", null, "15", ResultStatus.APPROVED);
		this.sytLaiChauDraft = this.results.create(EVENTS, YEAR, "SYT", "12@2008-08-01", null, "7", ResultStatus.DRAFT);
	}

	@AfterEach
	void cleanUp() {
		this.tokens.removeAll();
		this.results.removeAll();
	}

	@Test
	void aDepartmentsTotalAndItsBreakdownComeApartAndMatchTheYearView() throws Exception {
		JsonNode items = json(get("/api/v1/results?year=" + YEAR + "&indicator=" + this.indicator, this.leader))
			.get("items");
		assertThat(items).hasSize(2);
		JsonNode sct = items.get(0);
		assertThat(sct.get("id").asLong()).isEqualTo(this.sctTotal);
		assertThat(sct.get("year").asInt()).isEqualTo(YEAR);
		assertThat(sct.get("department").get("code").asString()).isEqualTo("SCT");
		assertThat(sct.get("total").get("resultId").asLong()).isEqualTo(this.sctTotal);
		assertThat(sct.get("total").get("actual").decimalValue()).as("the total, not 90 + 30 + 20")
			.isEqualByComparingTo("90");
		assertThat(sct.get("total").get("target").decimalValue()).isEqualByComparingTo("100");
		assertThat(sct.get("total").get("status").asString()).isEqualTo("APPROVED");
		assertThat(sct.get("breakdown")).hasSize(2);
		assertThat(sct.get("breakdown").get(0).get("province").get("nameVi").asString()).isEqualTo("Điện Biên");
		assertThat(sct.get("breakdown").get(0).get("province").get("id").asLong()).as("the unit of 2012, not of 2025")
			.isEqualTo(unit("11", "2008-08-01"));
		assertThat(sct.get("breakdown").get(0).get("actual").decimalValue()).isEqualByComparingTo("30");
		assertThat(sct.get("breakdown").get(1).get("province").get("nameVi").asString()).isEqualTo("Lai Châu");
		assertThat(sct.get("breakdown").get(1).get("actual").decimalValue()).isEqualByComparingTo("20");
		JsonNode unit = sct.get("indicator");
		assertThat(unit.get("unit").asString()).isEqualTo("COUNT");
		assertThat(unit.get("countNounVi").asString()).isEqualTo("sự kiện");
		assertThat(unit.get("aggregation").asString()).isEqualTo("SUM");

		JsonNode syt = items.get(1);
		assertThat(syt.get("total").isNull()).as("Sở Y tế reported no total").isTrue();
		assertThat(syt.get("breakdown")).hasSize(2);
		assertThat(syt.get("breakdown").get(1).get("status").asString()).as("Hanoi's users see drafts, as on the entries page")
			.isEqualTo("DRAFT");

		// The year view's figure: Sở Công Thương's total 90 and Sở Y tế's approved breakdown 15, the draft left out.
		YearReport.IndicatorLine page = this.report.build(YEAR, this.viewers.of(this.accounts.principal(Role.LEADER)), false)
			.groups()
			.stream()
			.flatMap(group -> group.indicators().stream())
			.filter(line -> line.indicator().code().equals(EVENTS))
			.findFirst()
			.orElseThrow();
		JsonNode figures = json(get("/api/v1/indicators/" + this.indicator + "/figures", this.leader));
		JsonNode year = year(figures, YEAR);
		assertThat(year.get("actual").decimalValue()).isEqualByComparingTo(page.total().actual())
			.isEqualByComparingTo("105");
		assertThat(year.get("target").decimalValue()).isEqualByComparingTo(page.total().target());
		assertThat(figures.get("indicator").get("unit").asString()).isEqualTo("COUNT");
		assertThat(figures.get("indicator").get("direction").asString()).isEqualTo("HIGHER");
		assertThat(get("/api/v1/indicators/0/figures", this.leader)).hasStatus(404);
	}

	@Test
	void aProvinceReadsOnlyTheApprovedRowsAboutItsOwnUnitAsOnItsPages() throws Exception {
		JsonNode items = json(get("/api/v1/results?year=" + YEAR, this.province)).get("items");
		assertThat(items).hasSize(2);
		for (JsonNode item : items) {
			assertThat(item.get("total").isNull()).as("never a department's total").isTrue();
			assertThat(item.get("breakdown")).hasSize(1);
			assertThat(item.get("breakdown").get(0).get("province").get("code").asString()).isEqualTo("11");
		}
		assertThat(items.get(0).get("id").asLong()).as("the first row the province may see").isEqualTo(this.sctDienBien);
		assertThat(get("/api/v1/results/" + this.sctDienBien, this.province)).hasStatus(200);
		assertThat(get("/api/v1/results/" + this.sctTotal, this.province)).hasStatus(404);
		assertThat(get("/api/v1/results/" + this.sctLaiChau, this.province)).hasStatus(404);
		assertThat(get("/api/v1/results/" + this.sytLaiChauDraft, this.province)).hasStatus(404);
		assertThat(get("/api/v1/results/0", this.leader)).hasStatus(404);
		// Any of a department's results finds the whole, for those who may see it.
		JsonNode whole = json(get("/api/v1/results/" + this.sctLaiChau, this.leader));
		assertThat(whole.get("id").asLong()).isEqualTo(this.sctTotal);
		assertThat(whole.get("breakdown")).hasSize(2);

		// The figures page of a province officer: the rows about their unit only (30 + 15).
		assertThat(year(json(get("/api/v1/indicators/" + this.indicator + "/figures", this.province)), YEAR)
			.get("actual").decimalValue()).isEqualByComparingTo("45");
	}

	@Test
	void theFiltersSelectDepartmentsProvincesAndStates() throws Exception {
		Long sct = this.jdbc.queryForObject("select id from departments where code = 'SCT_2025'", Long.class);
		JsonNode bySct = json(get("/api/v1/results?year=" + YEAR + "&department=" + sct, this.leader)).get("items");
		assertThat(bySct).as("today's Sở Công Thương takes in the one of 2012").hasSize(1);
		assertThat(bySct.get(0).get("id").asLong()).isEqualTo(this.sctTotal);

		Long laiChau = unit("12", "2025-07-01");
		JsonNode byProvince = json(get("/api/v1/results?year=" + YEAR + "&province=" + laiChau, this.leader))
			.get("items");
		assertThat(byProvince).hasSize(2);
		assertThat(ids(byProvince)).containsExactly(this.sctLaiChau, this.sytLaiChauDraft);

		JsonNode drafts = json(get("/api/v1/results?year=" + YEAR + "&status=DRAFT", this.leader)).get("items");
		assertThat(ids(drafts)).containsExactly(this.sytLaiChauDraft);
		assertThat(json(get("/api/v1/results?year=" + YEAR + "&group=0", this.leader)).get("items")).isEmpty();
		assertThat(get("/api/v1/results?status=SIGNED", this.leader)).hasStatus(400);
	}

	@Test
	void updatedSinceBringsTheWholeDepartmentsResultsWhenOneOfThemChanged() throws Exception {
		this.jdbc.update("update yearly_results set updated_at = now() - interval '3 days' where year = ?", YEAR);
		assertThat(json(get("/api/v1/results?year=" + YEAR + "&updated_since=2000-01-01", this.leader)).get("items"))
			.hasSize(2);
		this.jdbc.update("""
				insert into record_changes (record_kind, record_id, action, field, old_value, new_value, author_name)
				values ('RESULT', ?, 'UPDATED', 'actual', '6', '7', 'Thử')""", this.sytLaiChauDraft);
		String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();
		JsonNode changed = json(get("/api/v1/results?year=" + YEAR + "&updated_since=" + yesterday, this.leader))
			.get("items");
		assertThat(changed).hasSize(1);
		assertThat(changed.get(0).get("breakdown")).hasSize(2);
		assertThat(json(get("/api/v1/results?year=" + YEAR + "&updated_since=" + yesterday, this.province))
			.get("items")).as("the draft that changed is not the province's").isEmpty();
	}

	@Test
	void aListIsWalkedWithTheCursorAndAnUnchangedAnswerIsNotDownloadedAgain() throws Exception {
		List<Long> walked = new ArrayList<>();
		String uri = "/api/v1/results?year=" + YEAR + "&limit=1";
		JsonNode page = json(get(uri, this.leader));
		walked.addAll(ids(page.get("items")));
		int pages = 1;
		while (!page.get("next").isNull()) {
			page = json(get(uri + "&cursor=" + page.get("next").asString(), this.leader));
			walked.addAll(ids(page.get("items")));
			pages++;
		}
		assertThat(pages).isEqualTo(2);
		assertThat(walked).containsExactly(this.sctTotal, this.sctDienBien, this.sctLaiChau, this.sytDienBien,
				this.sytLaiChauDraft);
		assertThat(get("/api/v1/results?cursor=not-ours", this.leader)).hasStatus(400);

		MvcTestResult first = get("/api/v1/results/" + this.sctTotal, this.leader);
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(conditional("/api/v1/results/" + this.sctTotal, etag)).hasStatus(304);
		String listTag = get("/api/v1/results?year=" + YEAR, this.leader).getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(conditional("/api/v1/results?year=" + YEAR, listTag)).hasStatus(304);
		this.jdbc.update("update yearly_results set actual = 31 where id = ?", this.sctDienBien);
		assertThat(conditional("/api/v1/results/" + this.sctTotal, etag)).hasStatus(200);
		assertThat(conditional("/api/v1/results?year=" + YEAR, listTag)).hasStatus(200);
	}

	@Test
	void aDepartmentsResultsThatLostARowAreSentAgainToAClientAskingSinceItsLastCopy() throws Exception {
		// Sở Y tế's item: Điện Biên approved three days ago, Lai Châu's draft the newest of its rows.
		this.jdbc.update("update yearly_results set updated_at = now() - interval '3 days' where id = ?",
				this.sytDienBien);
		MvcTestResult first = get("/api/v1/results/" + this.sytDienBien, this.leader);
		assertThat(json(first).get("breakdown")).hasSize(2);
		// The client's copy is newer than every row in it.
		String copyTakenAt = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
			.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(1));
		this.jdbc.update("delete from yearly_results where id = ?", this.sytLaiChauDraft);
		MvcTestResult again = this.mvc.get().uri("/api/v1/results/" + this.sytDienBien)
			.header(HttpHeaders.IF_MODIFIED_SINCE, copyTakenAt)
			.with(bearer(this.leader))
			.exchange();
		assertThat(json(again).get("breakdown")).as("the deleted draft is gone from the answer").hasSize(1);
		assertThat(first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED))
			.as("a department's results are a set of rows: the newest one's time stays when another leaves")
			.isNull();
	}

	@Test
	void listCallsRunTheSameNumberOfStatementsWhateverThePageSize() throws Exception {
		// 150 departments' results (15 indicators x 10 years), each a total and a breakdown about Điện Biên.
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, province_id, actual, status, approved_at,
				                            approved_by_name)
				select i.id, y, d.id, p.id, 10, 'APPROVED', now(), 'Điều phối'
				  from (select id from indicators order by id limit 15) i
				  cross join generate_series(2001, 2010) y
				  join departments d on d.code = 'SCT'
				  cross join (select null::bigint as id union all
				              select id from provinces where code = '11' and valid_from = date '2008-08-01') p""");
		Map.of("leader", this.leader, "province", this.province).forEach((who, token) -> {
			long small = statements("/api/v1/results?limit=2", token);
			long large = statements("/api/v1/results?limit=200", token);
			long filtered = statements("/api/v1/results?limit=200&year=2005&department=1&province=1&group=1&indicator="
					+ this.indicator + "&status=APPROVED&updated_since=2000-01-01", token);
			long figures = statements("/api/v1/indicators/" + this.indicator + "/figures", token);
			assertThat(large).as(who + ": 200 items as 2").isEqualTo(small);
			assertThat(filtered).as(who + ": filters cost no statement").isEqualTo(small);
			assertThat(small).as(who + ": token, account, rate window, lineage, the page, the security log")
				.isLessThanOrEqualTo(10);
			assertThat(figures).as(who + ": the indicator and its figures").isLessThanOrEqualTo(small + 1);
		});
		JsonNode year = json(get("/api/v1/results?limit=200&year=2005", this.leader)).get("items");
		assertThat(year).as("each department's results once, its breakdown beside its total").hasSize(15);
		year.forEach(item -> assertThat(item.get("breakdown")).hasSize(1));
	}

	private long statements(String uri, String token) {
		return SqlStatements.countDuring(() -> assertThat(this.mvc.get().uri(uri).with(bearer(token))).hasStatus(200));
	}

	private MvcTestResult conditional(String uri, String etag) {
		return this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).with(bearer(this.leader)).exchange();
	}

	private Long unit(String code, String validFrom) {
		return this.jdbc.queryForObject("select id from provinces where code = ? and valid_from = ?::date", Long.class,
				code, validFrom);
	}

	/** The result ids an item holds, total first: what a client would link to /results/{id}. */
	private static List<Long> ids(JsonNode items) {
		List<Long> ids = new ArrayList<>();
		for (JsonNode item : items) {
			if (!item.get("total").isNull()) {
				ids.add(item.get("total").get("resultId").asLong());
			}
			item.get("breakdown").forEach(part -> ids.add(part.get("resultId").asLong()));
		}
		return ids;
	}

	private static JsonNode year(JsonNode figures, int year) {
		for (JsonNode line : figures.get("years")) {
			if (line.get("year").asInt() == year) {
				return line;
			}
		}
		throw new AssertionError("no figure of " + year + " in " + figures);
	}

	private MvcTestResult get(String uri, String token) {
		return this.mvc.get().uri(uri).with(bearer(token)).exchange();
	}

	private static JsonNode json(MvcTestResult result) throws Exception {
		assertThat(result).hasStatus(200);
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
