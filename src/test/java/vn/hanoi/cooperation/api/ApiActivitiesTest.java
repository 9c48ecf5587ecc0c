package vn.hanoi.cooperation.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.cooperation.api.TestApiTokens.bearer;

/**
 * The activities of the read API: the list page's filters, cursor pages in a fixed number of SQL statements,
 * {@code updated_since} from the change log, English field names with ISO dates and money with its currency, and
 * conditional requests that download nothing when nothing changed.
 */
@PortalTest
class ApiActivitiesTest {

	private static final String MARK = "APIHD ";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiActivityPages pages;

	TestApiTokens tokens;

	String leader;

	@BeforeEach
	void setUp() {
		this.tokens = new TestApiTokens(this.jdbc);
		this.leader = this.tokens.create(this.accounts.principal(Role.LEADER).getAccountId());
	}

	@AfterEach
	void cleanUp() {
		this.tokens.removeAll();
		this.jdbc.update("""
				delete from record_changes where record_kind = 'ACTIVITY'
				   and record_id in (select id from activities where title like ?)""", MARK + "%");
		this.jdbc.update("delete from activities where title like ?", MARK + "%");
	}

	@Test
	void aListIsReadPageByPageWithTheCursorInEnglishFieldsIsoDatesAndMoneyWithItsCurrency() throws Exception {
		insert(5);
		this.jdbc.update("update activities set budget_planned = 1500000000 where title = ?", MARK + "1");
		JsonNode first = json(get("/api/v1/activities?q=" + MARK.strip() + "&limit=2"));
		assertThat(first.get("items")).hasSize(2);
		JsonNode activity = first.get("items").get(0);
		assertThat(activity.get("title").asString()).isEqualTo(MARK + "1");
		assertThat(activity.get("budgetPlanned").get("amount").asLong()).isEqualTo(1_500_000_000L);
		assertThat(activity.get("budgetPlanned").get("currency").asString()).isEqualTo("VND");
		assertThat(activity.get("deadline").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(activity.get("updatedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(activity.get("leadDepartment").get("code").asString()).isNotBlank();
		assertThat(activity.get("partnerProvinces").get(0).get("nameVi").asString()).isNotBlank();
		assertThat(activity.has("deadlineStatus")).isTrue();

		List<String> titles = new ArrayList<>();
		String next = first.get("next").asString();
		first.get("items").forEach(item -> titles.add(item.get("title").asString()));
		while (next != null) {
			JsonNode page = json(get("/api/v1/activities?q=" + MARK.strip() + "&limit=2&cursor=" + next));
			page.get("items").forEach(item -> titles.add(item.get("title").asString()));
			next = page.get("next").isNull() ? null : page.get("next").asString();
		}
		assertThat(titles).containsExactly(MARK + "1", MARK + "2", MARK + "3", MARK + "4", MARK + "5");
		assertThat(get("/api/v1/activities?cursor=not-ours")).hasStatus(400);
		assertThat(get("/api/v1/activities?deadline_status=NOT_A_STATUS")).hasStatus(400);
	}

	@Test
	void theListsFiltersAreTheListPagesFilters() throws Exception {
		insert(6);
		Long dienBien = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class);
		JsonNode page = json(get("/api/v1/activities?q=" + MARK.strip() + "&limit=200&province=" + dienBien));
		assertThat(page.get("items")).as("even ids are Điện Biên's (2008 unit, rolled up to today's)").hasSize(3);
		page.get("items").forEach(item -> assertThat(item.get("partnerProvinces").get(0).get("code").asString())
			.isEqualTo("11"));
		assertThat(json(get("/api/v1/activities?q=" + MARK.strip() + "&year=2021")).get("items")).isEmpty();
		assertThat(json(get("/api/v1/activities?q=" + MARK.strip() + "&year=2022&status=IN_PROGRESS")).get("items"))
			.hasSize(6);
		assertThat(json(get("/api/v1/activities?q=" + MARK.strip() + "&status=COMPLETED")).get("items")).isEmpty();
	}

	/**
	 * The list page's two checkboxes, which a dashboard's department row ticks, select the same activities in the
	 * API: what the dashboard counts, a client can list.
	 */
	@Test
	void theListPagesCheckboxesGiveTheListPagesActivities() throws Exception {
		lead("of today's unit", "SCT_2025", "IN_PROGRESS");
		lead("of today's unit, cancelled", "SCT_2025", "CANCELLED");
		lead("of the unit merged into it", "SCT", "IN_PROGRESS");
		lead("of the unit merged into it, cancelled", "SCT", "CANCELLED");
		Long department = this.jdbc.queryForObject("select id from departments where code = 'SCT_2025'", Long.class);
		Map<String, Integer> counts = Map.of("", 4, "&without_cancelled=true", 2, "&without_predecessors=true", 2,
				"&without_cancelled=true&without_predecessors=true", 1);
		for (Map.Entry<String, Integer> checked : counts.entrySet()) {
			String query = "?q=" + MARK.strip() + "&department=" + department + checked.getKey();
			List<Long> ids = new ArrayList<>();
			json(get("/api/v1/activities" + query)).get("items").forEach(item -> ids.add(item.get("id").asLong()));
			assertThat(ids).as(query).hasSize(checked.getValue()).containsExactlyInAnyOrderElementsOf(listPage(pageQuery(query)));
		}
		assertThat(get("/api/v1/activities?without_cancelled=maybe")).hasStatus(400)
			.bodyJson().extractingPath("$.error").isEqualTo("bad_request");
	}

	/** The page names its checkboxes as its form does; the API as its other parameters, in snake case. */
	private static String pageQuery(String apiQuery) {
		return apiQuery.replace("without_cancelled", "withoutCancelled")
			.replace("without_predecessors", "withoutPredecessors");
	}

	@Test
	void updatedSinceKeepsWhatWasEditedNotedOrLoggedSinceThen() throws Exception {
		insert(3);
		this.jdbc.update("""
				update activities set last_update_at = now() - interval '3 days', updated_at = now() - interval '3 days'
				 where title in (?, ?)""", MARK + "1", MARK + "2");
		this.jdbc.update("""
				insert into record_changes (record_kind, record_id, action, field, old_value, new_value, author_name)
				select 'ACTIVITY', id, 'UPDATED', 'title', 'cũ', 'mới', 'Thử' from activities where title = ?""",
				MARK + "2");
		String yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();
		List<String> titles = new ArrayList<>();
		json(get("/api/v1/activities?q=" + MARK.strip() + "&updated_since=" + yesterday)).get("items")
			.forEach(item -> titles.add(item.get("title").asString()));
		assertThat(titles).containsExactly(MARK + "2", MARK + "3");
		assertThat(json(get("/api/v1/activities?q=" + MARK.strip() + "&updated_since=2000-01-01T00:00:00Z"))
			.get("items")).hasSize(3);
		assertThat(get("/api/v1/activities?updated_since=yesterday")).hasStatus(400);
	}

	@Test
	void aClientThatHasTheLatestAnswerDownloadsNothing() throws Exception {
		insert(1);
		Long id = this.jdbc.queryForObject("select id from activities where title = ?", Long.class, MARK + "1");
		this.jdbc.update("""
				insert into activity_progress_updates (activity_id, noted_on, note, author_name)
				values (?, date '2026-11-20', 'Đã họp lần đầu', 'Thử')""", id);
		MvcTestResult notes = get("/api/v1/activities/" + id + "/progress-notes");
		assertThat(notes).hasStatus(200).bodyJson().extractingPath("$[0].note").isEqualTo("Đã họp lần đầu");
		assertThat(notes).bodyJson().extractingPath("$[0].notedOn").isEqualTo("2026-11-20");

		MvcTestResult first = get("/api/v1/activities/" + id);
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		assertThat(this.mvc.get().uri("/api/v1/activities/" + id).header(HttpHeaders.IF_NONE_MATCH, etag)
			.with(bearer(this.leader))).hasStatus(304);
		this.jdbc.update("update activities set title = ? where id = ?", MARK + "1 đổi", id);
		assertThat(this.mvc.get().uri("/api/v1/activities/" + id).header(HttpHeaders.IF_NONE_MATCH, etag)
			.with(bearer(this.leader))).hasStatus(200);
	}

	@Test
	void listCallsRunTheSameNumberOfStatementsWhateverThePageSize() {
		insert(250);
		Long dienBien = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class);
		String province = this.tokens.create(this.accounts.principal(Role.PROVINCE).getAccountId());
		Map<String, String> callers = Map.of("leader", this.leader, "province", province);
		callers.forEach((who, token) -> {
			long small = statements("/api/v1/activities?q=" + MARK.strip() + "&limit=2", token);
			long large = statements("/api/v1/activities?q=" + MARK.strip() + "&limit=200", token);
			long filtered = statements("/api/v1/activities?limit=200&year=2022&department=1&province=" + dienBien
					+ "&updated_since=2000-01-01&deadline_status=OVERDUE", token);
			assertThat(large).as(who + ": 200 rows as 2").isEqualTo(small);
			assertThat(small).as(who + ": token, account, rate window, lineage, ids, rows, the security log and the layout's bell").isLessThanOrEqualTo(10);
			assertThat(filtered).as(who + ": the department's and province's lineages").isLessThanOrEqualTo(small + 2);
		});
	}

	/** A province reads an activity shared with it, but not the id of its agreement when that is not shared. */
	@Test
	void aProvinceDoesNotLearnTheIdOfAnAgreementNotSharedWithIt() throws Exception {
		insert(2);
		vn.hanoi.cooperation.agreement.TestAgreements agreements = new vn.hanoi.cooperation.agreement.TestAgreements(
				this.jdbc);
		Long hidden = agreements.create(MARK + "thỏa thuận không chia sẻ", false, "11");
		try {
			this.jdbc.update("update activities set agreement_id = ? where title like ?", hidden, MARK + "%");
			String province = this.tokens.create(this.accounts.principal(Role.PROVINCE).getAccountId());
			Long shared = this.jdbc.queryForObject("select id from activities where title = ?", Long.class, MARK + "2");

			JsonNode seen = json(this.mvc.get().uri("/api/v1/activities/" + shared).with(bearer(province)).exchange());
			assertThat(seen.get("title").asString()).isEqualTo(MARK + "2");
			assertThat(seen.get("agreementId").isNull()).as("agreement id for the province").isTrue();
			JsonNode listed = json(this.mvc.get()
				.uri("/api/v1/activities?q=" + MARK.strip())
				.with(bearer(province))
				.exchange());
			assertThat(listed.get("items")).singleElement()
				.satisfies(item -> assertThat(item.get("agreementId").isNull()).isTrue());
			assertThat(json(get("/api/v1/activities/" + shared)).get("agreementId").asLong())
				.as("agreement id for a leader").isEqualTo(hidden);
		}
		finally {
			this.jdbc.update("update activities set agreement_id = null where title like ?", MARK + "%");
			agreements.removeAll();
		}
	}

	@Test
	void aListThatLostAnActivityIsSentAgainToAClientAskingSinceItsLastCopy() {
		insert(3);
		MvcTestResult first = get("/api/v1/activities?q=" + MARK.strip());
		assertThat(first).hasStatus(200).bodyJson().extractingPath("$.items.length()").isEqualTo(3);
		assertThat(first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED))
			.as("a list has no date of its own: its newest item's stays when another leaves it")
			.isNull();
		// The client's copy is newer than every item in it.
		String copyTakenAt = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
			.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(1));
		this.jdbc.update("delete from activities where title = ?", MARK + "1");
		MvcTestResult again = this.mvc.get().uri("/api/v1/activities?q=" + MARK.strip())
			.header(HttpHeaders.IF_MODIFIED_SINCE, copyTakenAt)
			.with(bearer(this.leader))
			.exchange();
		assertThat(again).hasStatus(200).bodyJson().extractingPath("$.items.length()").isEqualTo(2);
	}

	@Test
	void aPolledPageIsReadFromMemoryUntilAnActivityItCanShowChanges() throws Exception {
		insert(3);
		String uri = "/api/v1/activities?q=" + MARK.strip();
		assertThat(get(uri)).hasStatus(200);
		long reads = this.pages.reads();
		long kept = statements(uri, this.leader);
		assertThat(this.pages.reads()).as("served from memory").isEqualTo(reads);
		this.jdbc.update("update activities set title = ? where title = ?", MARK + "1 renamed", MARK + "1");
		JsonNode renamed = json(get(uri));
		assertThat(renamed.get("items").findValuesAsString("title")).contains(MARK + "1 renamed");
		assertThat(this.pages.reads()).as("read again after the change").isEqualTo(reads + 1);
		assertThat(statements(uri, this.leader)).as("again from memory").isEqualTo(kept);
	}

	private long statements(String uri, String token) {
		return SqlStatements.countDuring(() -> assertThat(this.mvc.get().uri(uri).with(bearer(token))).hasStatus(200));
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(bearer(this.leader)).exchange();
	}

	private static JsonNode json(MvcTestResult result) throws Exception {
		assertThat(result).hasStatus(200);
		return JSON.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The activities the list page shows a leader for this query (one page holds them here). */
	private List<Long> listPage(String query) throws Exception {
		MvcTestResult page = this.mvc.get().uri("/activities" + query).with(this.accounts.as(Role.LEADER)).exchange();
		assertThat(page).hasStatus(200);
		Matcher row = Pattern.compile("class=\"list-group-item list-group-item-action\" href=\"/activities/(\\d+)\"")
			.matcher(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		List<Long> ids = new ArrayList<>();
		while (row.find()) {
			ids.add(Long.valueOf(row.group(1)));
		}
		return ids;
	}

	/** An activity MARK + name of plan 2022 led by the department of this code. */
	private void lead(String name, String department, String status) {
		this.jdbc.update("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline)
				select p.id, g.id, d.id, ?, ?, date '2026-12-31'
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = ?
				where p.year = 2022""", MARK + name, status, department);
	}

	/** Activities MARK 1…count of plan 2022, shared, the even ones with Điện Biên and the odd ones with Lai Châu. */
	private void insert(int count) {
		this.jdbc.update("""
				with new_rows as (
				  insert into activities (plan_id, group_id, lead_department_id, title, status, deadline,
				                          shared_with_provinces)
				  select p.id, g.id, d.id, ? || n, 'IN_PROGRESS', date '2026-12-31', true
				  from generate_series(1, ?) n
				  join plans p on p.year = 2022
				  join cooperation_groups g on g.number = 1 + n % 15
				  join departments d on d.code = case n % 2 when 0 then 'SCT_2025' else 'SYT' end
				  order by n
				  returning id, title)
				insert into activity_partner_provinces (activity_id, province_id)
				select r.id, pr.id from new_rows r
				join provinces pr on pr.code = case substring(r.title from 7)::int % 2 when 0 then '11' else '12' end
				                 and pr.valid_from = date '2008-08-01'""", MARK, count);
	}

}
