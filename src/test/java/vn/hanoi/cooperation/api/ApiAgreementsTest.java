package vn.hanoi.cooperation.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import vn.hanoi.cooperation.agreement.TestAgreements;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.cooperation.api.TestApiTokens.bearer;

/**
 * The agreements of the read API: the register's filters, cursor pages in a fixed number of SQL statements,
 * {@code updated_since} from the change log, documents' metadata with a download link that streams the bytes and
 * is logged as a download from the page is, and a province's token reading only what is shared with it.
 */
@PortalTest
class ApiAgreementsTest {

	private static final String MARK = "APITT ";

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestApiTokens tokens;

	TestAgreements agreements;

	String leader;

	String province;

	@BeforeEach
	void setUp() {
		this.tokens = new TestApiTokens(this.jdbc);
		this.agreements = new TestAgreements(this.jdbc);
		this.leader = this.tokens.create(this.accounts.principal(Role.LEADER).getAccountId());
		this.province = this.tokens.create(this.accounts.principal(Role.PROVINCE).getAccountId());
	}

	@AfterEach
	void cleanUp() {
		this.tokens.removeAll();
		this.agreements.removeAll();
	}

	@Test
	void aListIsReadPageByPageWithItsPartnersGroupsAndDocumentsInEnglishFieldsAndIsoDates() throws Exception {
		Long first = this.agreements.create(MARK + "1", true, LocalDate.of(2023, 1, 10), LocalDate.of(2027, 12, 31),
				"11", "12");
		for (int n = 2; n <= 5; n++) {
			this.agreements.create(MARK + n, false, "12");
		}
		this.jdbc.update("""
				update agreements set document_number = '01/TTHT', hanoi_signatory_name = 'Ông A',
				       hanoi_signatory_title = 'Chủ tịch' where id = ?""", first);
		this.jdbc.update("insert into agreement_groups (agreement_id, group_id) select ?, id from cooperation_groups "
				+ "where number = 3", first);
		Long document = this.agreements.attach(first, "Thỏa thuận đã ký.pdf", TestAgreements.PDF);

		JsonNode page = json(get("/api/v1/agreements?q=" + MARK.strip() + "&limit=2", this.leader));
		assertThat(page.get("items")).hasSize(2);
		JsonNode agreement = page.get("items").get(0);
		assertThat(agreement.get("id").asLong()).isEqualTo(first);
		assertThat(agreement.get("title").asString()).isEqualTo(MARK + "1");
		assertThat(agreement.get("kind").asString()).isEqualTo("COOPERATION_AGREEMENT");
		assertThat(agreement.get("documentNumber").asString()).isEqualTo("01/TTHT");
		assertThat(agreement.get("status").asString()).isEqualTo("IN_FORCE");
		assertThat(agreement.get("signedOn").asString()).isEqualTo("2023-01-10");
		assertThat(agreement.get("validTo").asString()).as("the expiry date").isEqualTo("2027-12-31");
		assertThat(agreement.get("hanoiSignatory").get("title").asString()).isEqualTo("Chủ tịch");
		assertThat(agreement.get("provinceSignatory").isNull()).isTrue();
		assertThat(agreement.get("partnerProvinces")).hasSize(2);
		assertThat(agreement.get("partnerProvinces").get(0).get("id").asLong()).isPositive();
		assertThat(agreement.get("partnerProvinces").findValuesAsString("code")).containsExactlyInAnyOrder("11", "12");
		assertThat(agreement.get("groups").get(0).get("number").asInt()).isEqualTo(3);
		assertThat(agreement.get("sharedWithProvinces").asBoolean()).isTrue();
		assertThat(agreement.get("updatedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		JsonNode file = agreement.get("documents").get(0);
		assertThat(file.get("id").asLong()).isEqualTo(document);
		assertThat(file.get("fileName").asString()).isEqualTo("Thỏa thuận đã ký.pdf");
		assertThat(file.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(file.get("sizeBytes").asLong()).isEqualTo(TestAgreements.PDF.length);
		assertThat(file.get("uploadedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(file.get("downloadUrl").asString())
			.isEqualTo("/api/v1/agreements/" + first + "/documents/" + document);
		assertThat(page.get("items").get(1).get("documents")).isEmpty();

		List<String> titles = new ArrayList<>();
		page.get("items").forEach(item -> titles.add(item.get("title").asString()));
		String next = page.get("next").asString();
		while (next != null) {
			JsonNode more = json(get("/api/v1/agreements?q=" + MARK.strip() + "&limit=2&cursor=" + next, this.leader));
			more.get("items").forEach(item -> titles.add(item.get("title").asString()));
			next = more.get("next").isNull() ? null : more.get("next").asString();
		}
		assertThat(titles).containsExactly(MARK + "1", MARK + "2", MARK + "3", MARK + "4", MARK + "5");
		assertThat(get("/api/v1/agreements?cursor=not-ours", this.leader)).hasStatus(400);
		assertThat(get("/api/v1/agreements?status=NOT_A_STATUS", this.leader)).hasStatus(400);
		assertThat(get("/api/v1/agreements?kind=NOT_A_KIND", this.leader)).hasStatus(400);
		assertThat(get("/api/v1/agreements?province=99999999999999999999", this.leader)).hasStatus(400)
			.bodyJson().extractingPath("$.error").isEqualTo("bad_request");
		assertThat(json(get("/api/v1/agreements?province=999999999", this.leader)).get("items")).isEmpty();
	}

	@Test
	void theListsFiltersAreTheAgreementPagesFilters() throws Exception {
		this.agreements.create(MARK + "Điện Biên in force", true, LocalDate.of(2023, 1, 10), null, "11");
		this.agreements.create(MARK + "Lai Châu expired", true, LocalDate.of(2020, 1, 10), LocalDate.of(2021, 12, 31),
				"12");
		Long programme = this.agreements.create(MARK + "Lai Châu programme", true, "12");
		this.jdbc.update("update agreements set kind = 'COOPERATION_PROGRAMME' where id = ?", programme);
		Long dienBien = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class);

		assertThat(titles("/api/v1/agreements?q=" + MARK.strip() + "&province=" + dienBien, this.leader))
			.as("today's Điện Biên includes the unit of 2008").containsExactly(MARK + "Điện Biên in force");
		assertThat(titles("/api/v1/agreements?q=" + MARK.strip() + "&status=EXPIRED", this.leader))
			.containsExactly(MARK + "Lai Châu expired");
		assertThat(titles("/api/v1/agreements?q=" + MARK.strip() + "&kind=COOPERATION_PROGRAMME", this.leader))
			.containsExactly(MARK + "Lai Châu programme");
		MvcTestResult words = this.mvc.get().uri("/api/v1/agreements?q={q}", MARK + "lai chau prog")
			.with(bearer(this.leader)).exchange();
		assertThat(json(words).get("items").findValuesAsString("title")).as("diacritics ignored")
			.containsExactly(MARK + "Lai Châu programme");
	}

	/**
	 * The agreements in force on a day, as the dashboard counts a past year's, are the list page's for that day; a
	 * day that cannot be read is a 400, not an empty list a client would take for "none in force".
	 */
	@Test
	void inForceOnGivesTheAgreementPagesAgreementsForThatDay() throws Exception {
		this.agreements.create(MARK + "2022 and 2023", true, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 12, 31), "11");
		this.agreements.create(MARK + "from 2021", true, LocalDate.of(2021, 5, 1), null, "11");
		this.agreements.create(MARK + "from 2026", true, LocalDate.of(2026, 1, 5), null, "12");
		Long ended = this.agreements.create(MARK + "ended in 2025", true, LocalDate.of(2024, 1, 1), null, "12");
		this.jdbc.update("update agreements set terminated_on = date '2025-06-30', termination_reason = 'Hai bên thống nhất' where id = ?", ended);
		Map<String, List<String>> inForce = Map.of("2022-12-31", List.of(MARK + "2022 and 2023", MARK + "from 2021"),
				"2025-12-31", List.of(MARK + "from 2021"), "31/12/2024",
				List.of(MARK + "from 2021", MARK + "ended in 2025"));
		for (Map.Entry<String, List<String>> day : inForce.entrySet()) {
			String query = "?q=" + MARK.strip() + "&in_force_on=" + day.getKey();
			JsonNode page = json(get("/api/v1/agreements" + query, this.leader));
			assertThat(page.get("items").findValuesAsString("title")).as(query)
				.containsExactlyInAnyOrderElementsOf(day.getValue());
			List<Long> ids = new ArrayList<>();
			page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
			// The page names the field as its form does; the API as its other parameters, in snake case.
			assertThat(ids).as(query).containsExactlyInAnyOrderElementsOf(listPage(query.replace("in_force_on", "inForceOn")));
		}
		for (String mistyped : List.of("2022-13-01", "31/12/22", "1800-12-31", "tomorrow")) {
			MvcTestResult answer = get("/api/v1/agreements?in_force_on=" + mistyped, this.leader);
			assertThat(answer).as(mistyped).hasStatus(400).bodyJson().extractingPath("$.error").isEqualTo("bad_request");
			assertThat(answer).bodyJson().extractingPath("$.message")
				.isEqualTo("in_force_on must be a day written 2025-12-31 (ISO 8601), in the years 1900 to 2200.");
		}
		assertThat(titles("/api/v1/agreements?q=" + MARK.strip() + "&in_force_on=", this.leader)).as("no day, no filter")
			.hasSize(4);
	}

	@Test
	void updatedSinceKeepsWhatWasEditedOrLoggedSinceThen() throws Exception {
		for (int n = 1; n <= 3; n++) {
			this.agreements.create(MARK + n, true, "11");
		}
		this.jdbc.update("update agreements set updated_at = now() - interval '3 days' where title in (?, ?)",
				MARK + "1", MARK + "2");
		this.jdbc.update("""
				insert into record_changes (record_kind, record_id, action, field, old_value, new_value, author_name)
				select 'AGREEMENT', id, 'DOCUMENT_ADDED', 'document', null, 'phu-luc.pdf', 'Thử'
				  from agreements where title = ?""", MARK + "2");
		String yesterday = LocalDate.now(HANOI).minusDays(1).toString();
		assertThat(titles("/api/v1/agreements?q=" + MARK.strip() + "&updated_since=" + yesterday, this.leader))
			.containsExactly(MARK + "2", MARK + "3");
		assertThat(titles("/api/v1/agreements?q=" + MARK.strip() + "&updated_since=2000-01-01T00:00:00Z", this.leader))
			.hasSize(3);
		assertThat(get("/api/v1/agreements?updated_since=yesterday", this.leader)).hasStatus(400);
	}

	@Test
	void anAgreementThatTookEffectOrExpiredSinceThenIsAChangeToo() throws Exception {
		LocalDate today = LocalDate.now(HANOI);
		Long expired = this.agreements.create(MARK + "expired today", true, LocalDate.of(2023, 1, 10),
				today.minusDays(1), "11");
		this.agreements.create(MARK + "in force from today", true, today, null, "11");
		Long steady = this.agreements.create(MARK + "steady", true, LocalDate.of(2023, 1, 10), today.plusDays(30), "11");
		this.jdbc.update("update agreements set updated_at = now() - interval '3 days' where title like ?", MARK + "%");

		assertThat(titles("/api/v1/agreements?q=" + MARK.strip() + "&updated_since=" + today.minusDays(1), this.leader))
			.containsExactly(MARK + "expired today", MARK + "in force from today");
		assertThat(titles("/api/v1/agreements?q=" + MARK.strip() + "&updated_since=" + today, this.leader))
			.as("from the start of today").containsExactly(MARK + "expired today", MARK + "in force from today");
		MvcTestResult detail = get("/api/v1/agreements/" + expired, this.leader);
		assertThat(detail).bodyJson().extractingPath("$.status").isEqualTo("EXPIRED");
		assertThat(detail).bodyJson().extractingPath("$.updatedAt")
			.isEqualTo(today.atStartOfDay(HANOI).toInstant().toString());
		String twoDaysAgo = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(today.minusDays(2).atStartOfDay(HANOI).withZoneSameInstant(ZoneOffset.UTC));
		assertThat(this.mvc.get().uri("/api/v1/agreements/" + expired).header(HttpHeaders.IF_MODIFIED_SINCE, twoDaysAgo)
			.with(bearer(this.leader))).as("a client that read it as in force reads it again").hasStatus(200);
		assertThat(this.mvc.get().uri("/api/v1/agreements/" + steady).header(HttpHeaders.IF_MODIFIED_SINCE, twoDaysAgo)
			.with(bearer(this.leader))).as("unchanged since").hasStatus(304);
	}

	@Test
	void aClientThatHasTheLatestAnswerDownloadsNothing() {
		Long id = this.agreements.create(MARK + "1", true, "11");
		MvcTestResult first = get("/api/v1/agreements/" + id, this.leader);
		assertThat(first).hasStatus(200).bodyJson().extractingPath("$.title").isEqualTo(MARK + "1");
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		assertThat(this.mvc.get().uri("/api/v1/agreements/" + id).header(HttpHeaders.IF_NONE_MATCH, etag)
			.with(bearer(this.leader))).hasStatus(304);
		assertThat(this.mvc.get().uri("/api/v1/agreements?q=" + MARK.strip())
			.header(HttpHeaders.IF_NONE_MATCH, etagOf("/api/v1/agreements?q=" + MARK.strip()))
			.with(bearer(this.leader))).hasStatus(304);
		this.agreements.attach(id, "phu-luc.pdf", TestAgreements.PDF);
		assertThat(this.mvc.get().uri("/api/v1/agreements/" + id).header(HttpHeaders.IF_NONE_MATCH, etag)
			.with(bearer(this.leader))).as("a new document changes the answer").hasStatus(200);
	}

	@Test
	void aProvincesTokenReadsOnlyWhatIsSharedWithItAndOnlyItsOwnUnitsAmongThePartners() throws Exception {
		Long own = this.agreements.create(MARK + "shared with Điện Biên and Lai Châu", true, "11", "12");
		Long unshared = this.agreements.create(MARK + "not shared", false, "11");
		Long other = this.agreements.create(MARK + "Lai Châu only", true, "12");
		Long otherDocument = this.agreements.attach(other, "lai-chau.pdf", TestAgreements.PDF);
		Long laiChau = this.jdbc.queryForObject(
				"select id from provinces where code = '12' and valid_from = date '2008-08-01'", Long.class);

		JsonNode page = json(get("/api/v1/agreements?q=" + MARK.strip(), this.province));
		assertThat(page.get("items")).hasSize(1);
		assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(own);
		assertThat(page.get("items").get(0).get("partnerProvinces").findValuesAsString("code"))
			.as("the other partner is not revealed").containsExactly("11");
		assertThat(json(get("/api/v1/agreements?q=" + MARK.strip() + "&province=" + laiChau, this.province))
			.get("items")).as("another unit's id reveals nothing").isEmpty();
		assertThat(get("/api/v1/agreements/" + unshared, this.province)).hasStatus(404);
		assertThat(get("/api/v1/agreements/" + other, this.province)).hasStatus(404);
		assertThat(get("/api/v1/agreements/" + other + "/documents/" + otherDocument, this.province)).hasStatus(404);
		assertThat(get("/api/v1/agreements/" + other, this.leader)).hasStatus(200);
		assertThat(get("/api/v1/agreements/" + 999_999_999, this.leader)).hasStatus(404)
			.bodyJson().extractingPath("$.error").isEqualTo("not_found");
	}

	@Test
	void aDocumentDownloadStreamsItsBytesAsAnAttachmentAndIsRecorded() throws Exception {
		Long agreement = this.agreements.create(MARK + "1", true, "11");
		Long document = this.agreements.attach(agreement, "Thỏa thuận đã ký.pdf", TestAgreements.PDF);
		String url = json(get("/api/v1/agreements/" + agreement, this.province)).get("documents").get(0)
			.get("downloadUrl").asString();

		MvcTestResult download = get(url, this.province);
		assertThat(download).hasStatus(200).hasContentType("application/pdf")
			.hasHeader("X-Content-Type-Options", "nosniff");
		assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
			.contains("filename*=UTF-8''Th%E1%BB%8Fa%20thu%E1%BA%ADn%20%C4%91%C3%A3%20k%C3%BD.pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(TestAgreements.PDF);
		assertThat(this.jdbc.queryForList(
				"select username, role, account_id from agreement_document_downloads where document_id = ?", document))
			.singleElement()
			.satisfies(row -> assertThat(row).containsEntry("username", this.accounts.username(Role.PROVINCE))
				.containsEntry("role", "PROVINCE")
				.containsEntry("account_id", this.accounts.principal(Role.PROVINCE).getAccountId()));

		Long another = this.agreements.create(MARK + "2", true, "11");
		assertThat(get("/api/v1/agreements/" + another + "/documents/" + document, this.province))
			.as("a document of another agreement").hasStatus(404);
		assertThat(get("/api/v1/agreements/" + agreement + "/documents/999999999", this.province)).hasStatus(404);
		assertThat(this.jdbc.queryForObject("select count(*) from agreement_document_downloads where document_id = ?",
				Integer.class, document)).as("refused downloads are not recorded").isEqualTo(1);
	}

	@Test
	void listCallsRunTheSameNumberOfStatementsWhateverThePageSize() {
		this.jdbc.update("""
				with new_rows as (
				  insert into agreements (kind, title, signed_on, shared_with_provinces)
				  select 'COOPERATION_AGREEMENT', ? || n, date '2023-01-10', true from generate_series(1, 250) n
				  returning id)
				insert into agreement_provinces (agreement_id, province_id)
				select r.id, pr.id from new_rows r
				join provinces pr on pr.code in ('11', '12') and pr.valid_from = date '2008-08-01'""", MARK);
		this.jdbc.queryForList("select id from agreements where title like ?", Long.class, MARK + "%")
			.forEach(this.agreements::forget);
		this.jdbc.update("""
				insert into agreement_documents (agreement_id, file_name, content_type, size_bytes, sha256,
				                                 uploaded_by_name)
				select id, 'scan.pdf', 'application/pdf', 10, 'test', 'Test' from agreements where title like ?""",
				MARK + "%");
		Long dienBien = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class);
		Map.of("leader", this.leader, "province", this.province).forEach((who, token) -> {
			long small = statements("/api/v1/agreements?q=" + MARK.strip() + "&limit=2", token);
			long large = statements("/api/v1/agreements?q=" + MARK.strip() + "&limit=200", token);
			long filtered = statements("/api/v1/agreements?limit=200&status=IN_FORCE&kind=COOPERATION_AGREEMENT"
					+ "&province=" + dienBien + "&updated_since=2000-01-01", token);
			assertThat(large).as(who + ": 200 rows as 2").isEqualTo(small);
			assertThat(small).as(who + ": token, account, rate window, lineage, the text's matching ids, ids, rows, "
					+ "the security log and the layout's bell").isLessThanOrEqualTo(11);
			assertThat(filtered).as(who + ": the province's lineage instead of the text search")
				.isLessThanOrEqualTo(small + 1);
		});
	}

	private long statements(String uri, String token) {
		return SqlStatements.countDuring(() -> assertThat(this.mvc.get().uri(uri).with(bearer(token))).hasStatus(200));
	}

	private List<String> titles(String uri, String token) throws Exception {
		List<String> titles = new ArrayList<>();
		json(get(uri, token)).get("items").forEach(item -> titles.add(item.get("title").asString()));
		return titles;
	}

	/** The agreements the list page shows a leader for this query. */
	private List<Long> listPage(String query) throws Exception {
		MvcTestResult page = this.mvc.get().uri("/agreements" + query).with(this.accounts.as(Role.LEADER)).exchange();
		assertThat(page).hasStatus(200);
		Matcher row = Pattern.compile("<td><a href=\"/agreements/(\\d+)\">")
			.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		List<Long> ids = new ArrayList<>();
		while (row.find()) {
			ids.add(Long.valueOf(row.group(1)));
		}
		return ids;
	}

	private String etagOf(String uri) {
		return get(uri, this.leader).getResponse().getHeader(HttpHeaders.ETAG);
	}

	private MvcTestResult get(String uri, String token) {
		return this.mvc.get().uri(uri).with(bearer(token)).exchange();
	}

	private static JsonNode json(MvcTestResult result) throws Exception {
		assertThat(result).hasStatus(200);
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
