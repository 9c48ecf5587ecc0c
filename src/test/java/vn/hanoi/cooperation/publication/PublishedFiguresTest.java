package vn.hanoi.cooperation.publication;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.report.DemoMark;
import vn.hanoi.cooperation.report.Labels;
import vn.hanoi.cooperation.result.ResultStatus;
import vn.hanoi.cooperation.result.TestResults;
import vn.hanoi.cooperation.system.DemoMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The public page and its files show the figures the coordinator published, and nothing else: not an approved
 * figure left unpublished, not a draft, not a province's breakdown, not a withdrawn figure.
 */
@PortalTest
class PublishedFiguresTest {

	private static final String GOODS = "TM.SAN_LUONG_KET_NOI";

	private static final String GOODS_NAME = "Sản lượng hàng hóa được kết nối tiêu thụ";

	private static final String PROGRAMMES = "DL.CHUONG_TRINH";

	private static final String PROGRAMMES_NAME = "Số chương trình kích cầu, liên kết du lịch";

	private static final String TRIPS = "DL.DOAN_FAMTRIP";

	private static final String RATE = "GD.TY_LE_HOAN_THANH";

	private static final int YEAR = 2022;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublishedFigures figures;

	@Autowired
	Plans plans;

	@Autowired
	MessageSource messages;

	@Autowired
	Labels labels;

	TestResults results;

	@BeforeEach
	void claimYear() {
		this.jdbc.update("delete from published_figures");
		this.results = new TestResults(this.jdbc).year(YEAR);
		// Sở Công Thương's total of 310.000, of which Điện Biên 45.000: the city's figure is 310.000, not 355.000.
		this.results.create(GOODS, YEAR, "SCT", null, "280000", "310000", ResultStatus.APPROVED);
		this.results.create(GOODS, YEAR, "SCT", "11@2008-08-01", null, "45000", ResultStatus.APPROVED);
		// A draft of another department: not part of the approved figure.
		this.results.create(GOODS, YEAR, "SNNPTNT", null, null, "77777", ResultStatus.DRAFT);
		// Approved, never published.
		this.results.create(PROGRAMMES, YEAR, "SCT", null, null, "12", ResultStatus.APPROVED);
		// Only a draft: nothing to publish.
		this.results.create(TRIPS, YEAR, "SCT", null, null, "9", ResultStatus.SUBMITTED);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from published_figures");
		this.results.removeAll();
	}

	@Test
	void thePublicSeesOnlyThePublishedFigureUntilItIsWithdrawn() {
		assertThat(post("publish", GOODS, Role.COORDINATOR)).hasStatus(302).flash().containsEntry("message", "figurePublished");
		assertThat(post("publish", TRIPS, Role.COORDINATOR)).hasStatus(302)
			.flash().containsEntry("warning", "figureNotApproved");

		String page = anonymousPage();
		assertThat(page).contains(GOODS_NAME, "310.000", "280.000", "188/KH-UBND", "Nhóm 2.", "CC BY 4.0",
				"/cong-khai/so-lieu.csv", "/cong-khai/so-lieu.json");
		assertThat(page).doesNotContain(PROGRAMMES_NAME, TRIPS, "355.000", "45.000", "77.777", "387.777");

		MvcTestResult csv = anonymous("/cong-khai/so-lieu.csv");
		byte[] bytes = csv.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text.split("\r\n")).hasSize(2);
		assertThat(text).startsWith(String.join(",", PublicDataset.CSV_COLUMNS) + "\r\n")
			.contains("2022,188/KH-UBND,2,", GOODS + "," + GOODS_NAME, ",TONNE,SUM,280000,310000,false,")
			.doesNotContain(PROGRAMMES, TRIPS, "45000", "77777");
		assertThat(csv.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");

		JsonNode json = json();
		assertThat(json.get("license").asString()).isEqualTo("CC BY 4.0");
		assertThat(json.get("figures")).hasSize(1);
		JsonNode figure = json.get("figures").get(0);
		assertThat(figure.get("indicatorCode").asString()).isEqualTo(GOODS);
		assertThat(figure.get("indicatorNameVi").asString()).isEqualTo(GOODS_NAME);
		assertThat(figure.get("actual").decimalValue()).isEqualByComparingTo("310000");
		assertThat(figure.get("target").decimalValue()).isEqualByComparingTo("280000");
		assertThat(figure.get("year").asInt()).isEqualTo(YEAR);
		assertThat(figure.get("publishedAt").asString()).endsWith("Z");

		assertThat(post("withdraw", GOODS, Role.COORDINATOR)).hasStatus(302).flash().containsEntry("message", "figureWithdrawn");
		assertThat(anonymousPage()).doesNotContain(GOODS_NAME).contains("Chưa có số liệu nào được công bố.");
		assertThat(text(anonymous("/cong-khai/so-lieu.csv")))
			.doesNotContain(GOODS);
		assertThat(json().get("figures")).isEmpty();
		// Who published and who withdrew, and when, stay on record.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from published_figures p join accounts pa on pa.id = p.published_by
				  join accounts wa on wa.id = p.withdrawn_by
				 where pa.username = ? and wa.username = ? and p.withdrawn_at >= p.published_at""", Integer.class,
				this.accounts.username(Role.COORDINATOR), this.accounts.username(Role.COORDINATOR))).isEqualTo(1);
	}

	/** An average is published to two decimals, as the year view and the read API give it. */
	@Test
	void anAveragedFigureIsPublishedAsThePagesShowIt() {
		this.results.create(RATE, YEAR, "SGDDT", null, null, "90", ResultStatus.APPROVED);
		this.results.create(RATE, YEAR, "SYT", null, null, "95", ResultStatus.APPROVED);
		this.results.create(RATE, YEAR, "SCT", null, null, "96", ResultStatus.APPROVED);
		assertThat(post("publish", RATE, Role.COORDINATOR)).hasStatus(302);
		assertThat(text(anonymous("/cong-khai/so-lieu.csv"))).contains(",PERCENT,AVERAGE,,93.67,false,")
			.doesNotContain("93.666");
		assertThat(json().get("figures").get(0).get("actual").decimalValue()).isEqualByComparingTo("93.67");
	}

	/**
	 * A count says what it counts on both pages, as everywhere else: "chương trình", not the unit's form hint; and in
	 * both files, in both languages, after the columns they had before (a unit of its own words leaves them empty).
	 */
	@Test
	void aPublishedCountNamesWhatItCounts() {
		String manage = html(this.mvc.get().uri("/publication/{y}", YEAR).with(this.accounts.as(Role.COORDINATOR)).exchange());
		assertThat(manage).contains("(chương trình)").doesNotContain("ghi rõ đơn vị đếm");
		assertThat(post("publish", PROGRAMMES, Role.COORDINATOR)).hasStatus(302);
		assertThat(post("publish", GOODS, Role.COORDINATOR)).hasStatus(302);
		assertThat(anonymousPage()).contains(PROGRAMMES_NAME, ">chương trình<").doesNotContain("ghi rõ đơn vị đếm");

		String[] lines = text(anonymous("/cong-khai/so-lieu.csv")).split("\r\n");
		assertThat(lines[0]).endsWith(",published_at,demo_data,count_noun_vi,count_noun_en,disputed");
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("2022,188/KH-UBND,")
			.contains("," + PROGRAMMES + ",", ",COUNT,SUM,,12,false,")
			.endsWith(",false,chương trình,programmes,false"));
		assertThat(lines).anySatisfy(line -> assertThat(line).contains("," + GOODS + ",")
			.contains(",TONNE,SUM,280000,310000,false,")
			.endsWith(",false,,,false"));

		JsonNode figures = json().get("figures");
		JsonNode count = figureOf(figures, PROGRAMMES);
		JsonNode tonnes = figureOf(figures, GOODS);
		assertThat(count.get("countNounVi").asString()).isEqualTo("chương trình");
		assertThat(count.get("countNounEn").asString()).isEqualTo("programmes");
		assertThat(tonnes.get("countNounVi").isNull()).isTrue();
		assertThat(tonnes.get("countNounEn").isNull()).isTrue();
	}

	/**
	 * The page and the files say what a count counts, and their ETags cover it: a copy with the old word (in either
	 * language) is not kept as current.
	 */
	@Test
	void aRenamedCountNounIsNotAnsweredNotModified() {
		post("publish", PROGRAMMES, Role.COORDINATOR);
		String nounVi = this.jdbc.queryForObject("select count_noun_vi from indicators where code = ?", String.class,
				PROGRAMMES);
		String nounEn = this.jdbc.queryForObject("select count_noun_en from indicators where code = ?", String.class,
				PROGRAMMES);
		try {
			for (String language : new String[] { "vi", "en" }) {
				// The page in the language of the renamed noun, and the files, which give both.
				String[] uris = { "/cong-khai?lang=" + language, "/cong-khai/so-lieu.csv", "/cong-khai/so-lieu.json" };
				java.util.Map<String, String> etags = new java.util.HashMap<>();
				for (String uri : uris) {
					etags.put(uri, anonymous(uri).getResponse().getHeader("ETag"));
				}
				String renamed = ("vi".equals(language) ? nounVi : nounEn) + " kích cầu";
				this.jdbc.update("update indicators set count_noun_" + language + " = ? where code = ?", renamed,
						PROGRAMMES);
				for (String uri : uris) {
					MvcTestResult again = this.mvc.get().uri(uri).header("If-None-Match", etags.get(uri)).exchange();
					assertThat(again).as(language + " " + uri).hasStatus(200);
					assertThat(html(again)).as(language + " " + uri).contains(renamed);
				}
			}
		}
		finally {
			this.jdbc.update("update indicators set count_noun_vi = ?, count_noun_en = ? where code = ?", nounVi,
					nounEn, PROGRAMMES);
		}
	}

	@Test
	void onlyTheCoordinatorPublishes() {
		for (Role role : new Role[] { Role.ADMIN, Role.STAFF, Role.LEADER, Role.PROVINCE }) {
			assertThat(post("publish", GOODS, role)).as(role.name()).hasStatus(404);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from published_figures", Integer.class)).isZero();
		assertThat(json().get("figures")).isEmpty();
	}

	/** 2099's page listed the catalogue with nothing to publish; a year the year pages do not offer is not found. */
	@Test
	void aYearTheYearPagesDoNotOfferHasNoPublicationPage() {
		Long id = this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, GOODS);
		for (int year : new int[] { 2020, 2099 }) {
			assertThat(this.mvc.get().uri("/publication/{y}", year).with(this.accounts.as(Role.COORDINATOR)))
				.as(String.valueOf(year))
				.hasStatus(404);
			for (String action : new String[] { "publish", "withdraw" }) {
				assertThat(this.mvc.post()
					.uri("/publication/{y}/indicators/{id}/{action}", year, id, action)
					.with(csrf())
					.with(this.accounts.as(Role.COORDINATOR))).as(year + " " + action)
					.hasStatus(404);
			}
		}
		assertThat(this.mvc.get().uri("/publication/2021").with(this.accounts.as(Role.COORDINATOR))).hasStatusOk();
	}

	@Test
	void aPublishedFigureStaysAsPublishedUntilTheCoordinatorPublishesTheNewOne() {
		post("publish", GOODS, Role.COORDINATOR);
		// Sở NN&PTNT's draft is corrected to 20.000 and approved: the approved figure becomes 330.000.
		this.jdbc.update("""
				update yearly_results set actual = 20000, status = 'APPROVED', approved_at = now(),
				       approved_by_name = 'Điều phối'
				 where year = ? and department_id = (select id from departments where code = 'SNNPTNT')""", YEAR);

		assertThat(anonymousPage()).contains("310.000").doesNotContain("330.000");
		String manage = html(this.mvc.get().uri("/publication/{year}", YEAR).with(this.accounts.as(Role.COORDINATOR)).exchange());
		assertThat(manage).contains("330.000", "310.000", "Khác số liệu đã phê duyệt hiện nay");

		assertThat(post("publish", GOODS, Role.COORDINATOR)).flash().containsEntry("message", "figureRepublished");
		assertThat(anonymousPage()).contains("330.000").doesNotContain("310.000");
		assertThat(this.jdbc.queryForObject("select count(*) from published_figures where withdrawn_at is not null",
				Integer.class)).isEqualTo(1);
	}

	/** What the public reads is what the coordinator saw: a result approved after the page was shown stops the click. */
	@Test
	void aFigureApprovedAfterThePageWasShownIsNotPublishedUnseen() {
		String shown = shownOnPage(GOODS);
		// Sở NN&PTNT's 20.000 is approved meanwhile, in another tab: the approved figure becomes 330.000.
		this.jdbc.update("""
				update yearly_results set actual = 20000, status = 'APPROVED', approved_at = now(),
				       approved_by_name = 'Điều phối'
				 where year = ? and department_id = (select id from departments where code = 'SNNPTNT')""", YEAR);

		assertThat(post("publish", GOODS, Role.COORDINATOR, shown)).hasStatus(302)
			.flash().containsEntry("warning", "figureChangedSinceShown");
		// A page from before the form carried its figure is told it is out of date, not that the figure changed.
		assertThat(post("publish", GOODS, Role.COORDINATOR, "")).flash().containsEntry("warning", "figurePageOutOfDate");
		assertThat(this.jdbc.queryForObject("select count(*) from published_figures", Integer.class)).isZero();
		assertThat(anonymousPage()).doesNotContain(GOODS_NAME);
		String refused = html(this.mvc.get().uri("/publication/{y}", YEAR).with(this.accounts.as(Role.COORDINATOR))
			.flashAttr("warning", "figureChangedSinceShown").exchange());
		// Everything the public would read is on the page: the target too, which the form carries as well.
		assertThat(refused).contains("số liệu đã phê duyệt đã thay đổi sau khi trang được mở", "330.000",
				"Kế hoạch: 280.000");

		// Seen again, it is published as shown; the same click twice publishes once.
		String seen = shownOnPage(GOODS);
		assertThat(post("publish", GOODS, Role.COORDINATOR, seen)).flash().containsEntry("message", "figurePublished");
		assertThat(post("publish", GOODS, Role.COORDINATOR, seen)).flash().containsEntry("message", "figureAlreadyPublished");
		assertThat(anonymousPage()).contains("330.000").doesNotContain("310.000");
	}

	/**
	 * A figure a partner province disputes (Điện Biên's 45.000, counted in the city's 310.000) is marked where the
	 * coordinator publishes it, as the year view marks it; a dispute after the page was shown stops the click.
	 */
	@Test
	void aDisputedFigureIsMarkedBeforeItIsPublished() {
		String shown = shownOnPage(GOODS);
		disputeBreakdownOf(GOODS);

		assertThat(post("publish", GOODS, Role.COORDINATOR, shown)).hasStatus(302)
			.flash().containsEntry("warning", "figureDisputedSinceShown");
		assertThat(this.jdbc.queryForObject("select count(*) from published_figures", Integer.class)).isZero();
		assertThat(HtmlUtils.htmlUnescape(rowOnPage(GOODS, "vi"))).contains("310.000", "Địa phương không thống nhất");
		assertThat(HtmlUtils.htmlUnescape(rowOnPage(GOODS, "en"))).contains("Disputed by the province");
		assertThat(HtmlUtils.htmlUnescape(rowOnPage(PROGRAMMES, "vi"))).doesNotContain("Địa phương không thống nhất");

		// Seen with its mark, it is the coordinator's call.
		String disputedShown = shownOnPage(GOODS);
		assertThat(post("publish", GOODS, Role.COORDINATOR, disputedShown)).flash()
			.containsEntry("message", "figurePublished");
		assertThat(anonymousPage()).contains("310.000");

		// The province withdraws its dispute after the page was shown: the click says so, not "the figure changed".
		this.jdbc.update("update province_confirmations set status = 'CONFIRMED' where status = 'DISPUTED'");
		assertThat(post("publish", GOODS, Role.COORDINATOR, disputedShown)).flash()
			.containsEntry("warning", "figureDisputeEndedSinceShown");
	}

	/**
	 * A figure published while a partner province disputes it tells the public so, in the year view's words on the
	 * page (both languages) and as the last CSV column and a JSON field; a figure published undisputed says false.
	 */
	@Test
	void aFigurePublishedWhileDisputedSaysSoToThePublic() {
		disputeBreakdownOf(GOODS);
		assertThat(post("publish", GOODS, Role.COORDINATOR)).flash().containsEntry("message", "figurePublished");
		assertThat(post("publish", PROGRAMMES, Role.COORDINATOR)).flash().containsEntry("message", "figurePublished");

		assertThat(publicRow(GOODS, "vi")).contains("310.000", "Địa phương không thống nhất");
		assertThat(publicRow(GOODS, "en")).contains("Disputed by the province");
		assertThat(publicRow(PROGRAMMES, "vi")).doesNotContain("Địa phương không thống nhất");
		assertThat(publicRow(PROGRAMMES, "en")).doesNotContain("Disputed by the province");

		String[] lines = text(anonymous("/cong-khai/so-lieu.csv")).split("\r\n");
		assertThat(lines[0]).endsWith(",count_noun_en,disputed");
		assertThat(lines).anySatisfy(line -> assertThat(line).contains("," + GOODS + ",").endsWith(",,,true"));
		assertThat(lines).anySatisfy(line -> assertThat(line).contains("," + PROGRAMMES + ",")
			.endsWith(",chương trình,programmes,false"));

		JsonNode figures = json().get("figures");
		assertThat(figureOf(figures, GOODS).get("disputed").isBoolean()).isTrue();
		assertThat(figureOf(figures, GOODS).get("disputed").asBoolean()).isTrue();
		assertThat(figureOf(figures, PROGRAMMES).get("disputed").asBoolean()).isFalse();
		// The CSV's fields in the same order: the mark comes last in the JSON too.
		assertThat(figureOf(figures, GOODS).propertyNames()).last().isEqualTo("disputed");
	}

	/**
	 * The public keeps the figure as published, mark included: a dispute after publishing, or its end, shows on the
	 * coordinator's page as a change, and publishing again gives the public the mark as it stands.
	 */
	@Test
	void aDisputeSincePublishingIsAChangeTheCoordinatorPublishes() {
		post("publish", GOODS, Role.COORDINATOR);
		Long disputed = disputeBreakdownOf(GOODS);

		assertThat(publicRow(GOODS, "vi")).doesNotContain("Địa phương không thống nhất");
		assertThat(HtmlUtils.htmlUnescape(rowOnPage(GOODS, "vi"))).contains("Khác số liệu đã phê duyệt hiện nay");
		assertThat(post("publish", GOODS, Role.COORDINATOR)).flash().containsEntry("message", "figureRepublished");
		assertThat(publicRow(GOODS, "vi")).contains("310.000", "Địa phương không thống nhất");
		assertThat(HtmlUtils.htmlUnescape(rowOnPage(GOODS, "vi"))).doesNotContain("Khác số liệu đã phê duyệt hiện nay");

		// The province withdraws its dispute: the public's mark is out of date in turn.
		this.jdbc.update("delete from province_confirmations where result_id = ?", disputed);
		assertThat(HtmlUtils.htmlUnescape(rowOnPage(GOODS, "vi"))).contains("Khác số liệu đã phê duyệt hiện nay");
		assertThat(post("publish", GOODS, Role.COORDINATOR)).flash().containsEntry("message", "figureRepublished");
		assertThat(publicRow(GOODS, "vi")).doesNotContain("Địa phương không thống nhất");
	}

	/** The page's and the files' ETags cover the dispute mark: a copy without it is not kept as current. */
	@Test
	void aChangedDisputeMarkIsNotAnsweredNotModified() {
		post("publish", GOODS, Role.COORDINATOR);
		String[] uris = { "/cong-khai", "/cong-khai?lang=en", "/cong-khai/so-lieu.csv", "/cong-khai/so-lieu.json" };
		java.util.Map<String, String> etags = new java.util.HashMap<>();
		for (String uri : uris) {
			etags.put(uri, anonymous(uri).getResponse().getHeader("ETag"));
		}
		// Only the mark differs: same figure, same publication instant.
		this.jdbc.update("update published_figures set disputed = true where withdrawn_at is null");
		for (String uri : uris) {
			MvcTestResult again = this.mvc.get().uri(uri).header("If-None-Match", etags.get(uri)).exchange();
			assertThat(again).as(uri).hasStatus(200);
		}
	}

	@Test
	void theFilesAreCacheableAndAnswerNotModifiedUntilThePublishedFiguresChange() {
		for (String uri : new String[] { "/cong-khai", "/cong-khai/so-lieu.csv", "/cong-khai/so-lieu.json" }) {
			MvcTestResult first = anonymous(uri);
			String etag = first.getResponse().getHeader("ETag");
			assertThat(etag).as(uri).startsWith("\"").doesNotStartWith("W/");
			assertThat(first.getResponse().getHeader("Cache-Control")).as(uri).isEqualTo("max-age=300, public");
			// An anonymous visit opens no session and sets no cookie.
			assertThat(first.getRequest().getSession(false)).as(uri).isNull();
			assertThat(first.getResponse().getHeaders("Set-Cookie")).as(uri).isEmpty();

			MvcTestResult again = this.mvc.get().uri(uri).header("If-None-Match", etag).exchange();
			assertThat(again).as(uri).hasStatus(304);
			assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
			assertThat(anonymous(uri).getResponse().getHeader("ETag")).as(uri + " twice").isEqualTo(etag);

			post("publish", GOODS, Role.COORDINATOR);
			assertThat(this.mvc.get().uri(uri).header("If-None-Match", etag).exchange()).as(uri).hasStatus(200);
			post("withdraw", GOODS, Role.COORDINATOR);
		}
	}

	/** Open data from a demo instance must not pass for the city's figures, even once downloaded and passed on. */
	@Test
	void aDemoInstancesFilesSayItInTheirNamesAndOnEveryLine() {
		post("publish", GOODS, Role.COORDINATOR);
		MvcTestResult real = anonymous("/cong-khai/so-lieu.csv");
		assertThat(real.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"so-lieu-cong-khai.csv\"");
		// demo_data, then the count nouns, empty for tonnes, then the dispute mark.
		assertThat(text(real).split("\r\n")[1]).endsWith(",false,,,false");

		PublicFiguresController demo = new PublicFiguresController(this.figures, this.plans, this.messages,
				new DemoMark(new DemoMode(true), this.labels));
		ResponseEntity<byte[]> csv = demo.csv(anonymousRequest("/cong-khai/so-lieu.csv"));
		assertThat(csv.getHeaders().getFirst("Content-Disposition"))
			.startsWith("attachment; filename=\"so-lieu-cong-khai-du-lieu-mau.csv\"");
		String[] lines = new String(csv.getBody(), StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).endsWith(",published_at,demo_data,count_noun_vi,count_noun_en,disputed");
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).endsWith(",true,,,false");
		assertThat(demo.json(anonymousRequest("/cong-khai/so-lieu.json")).getHeaders().getFirst("Content-Disposition"))
			.startsWith("attachment; filename=\"so-lieu-cong-khai-du-lieu-mau.json\"");
	}

	@Test
	void thePublicPageWorksWithoutScriptsInEnglishAndTheLoginPageLinksToIt() {
		post("publish", GOODS, Role.COORDINATOR);
		String english = html(this.mvc.get().uri("/cong-khai?lang=en").exchange());
		assertThat(english).contains("Published figures", "Goods connected to buyers", "Group 2.", "CC BY 4.0")
			.doesNotContain("<script");
		assertThat(html(this.mvc.get().uri("/login").exchange())).contains("href=\"/cong-khai\"", "Số liệu công khai");
	}

	/** A click on the coordinator's page as it reads now: a publish carries the figure its row shows. */
	private MvcTestResult post(String action, String indicator, Role role) {
		return post(action, indicator, role, "publish".equals(action) ? shownOnPage(indicator) : null);
	}

	private MvcTestResult post(String action, String indicator, Role role, String shown) {
		Long id = this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, indicator);
		var request = this.mvc.post()
			.uri("/publication/{year}/indicators/{id}/{action}", YEAR, id, action)
			.with(csrf())
			.with(this.accounts.as(role));
		if (shown != null) {
			request.param("shown", shown);
		}
		return request.exchange();
	}

	/** The figure the publish form of the indicator's row carries, or none when the row offers no publishing. */
	private String shownOnPage(String indicator) {
		Matcher shown = Pattern.compile("name=\"shown\" value=\"([^\"]*)\"").matcher(rowOnPage(indicator, "vi"));
		return shown.find() ? HtmlUtils.htmlUnescape(shown.group(1)) : null;
	}

	/** The indicator's row of the coordinator's page, as HTML. */
	private String rowOnPage(String indicator, String language) {
		String page = text(this.mvc.get().uri("/publication/{y}?lang={l}", YEAR, language)
			.with(this.accounts.as(Role.COORDINATOR)).exchange());
		Matcher row = Pattern.compile("<tr data-indicator=\"" + indicator + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
		assertThat(row.find()).as(indicator + "'s row").isTrue();
		return row.group(1);
	}

	/** Điện Biên disputes Sở Công Thương's 45.000 for it, counted in the indicator's city figure; its result id. */
	private Long disputeBreakdownOf(String indicator) {
		Long id = this.jdbc.queryForObject("""
				select r.id from yearly_results r join indicators i on i.id = r.indicator_id
				 where i.code = ? and r.year = ? and r.province_id is not null""", Long.class, indicator, YEAR);
		this.results.dispute(id, "11");
		return id;
	}

	/** The indicator's row of the public page, as text with its markup. */
	private String publicRow(String indicator, String language) {
		String page = html(anonymous("/cong-khai?lang=" + language));
		Matcher row = Pattern.compile("<tr data-indicator=\"" + indicator + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
		assertThat(row.find()).as(indicator + "'s public row").isTrue();
		return row.group(1);
	}

	private MvcTestResult anonymous(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatus(200);
		return result;
	}

	private static ServletWebRequest anonymousRequest(String uri) {
		return new ServletWebRequest(new MockHttpServletRequest("GET", uri), new MockHttpServletResponse());
	}

	private String anonymousPage() {
		return html(anonymous("/cong-khai"));
	}

	private JsonNode json() {
		return JsonMapper.builder().build().readTree(anonymous("/cong-khai/so-lieu.json").getResponse().getContentAsByteArray());
	}

	private static JsonNode figureOf(JsonNode figures, String indicatorCode) {
		for (JsonNode figure : figures) {
			if (figure.get("indicatorCode").asString().equals(indicatorCode)) {
				return figure;
			}
		}
		throw new AssertionError("no figure of " + indicatorCode);
	}

	private static String html(MvcTestResult result) {
		return HtmlUtils.htmlUnescape(text(result));
	}

	private static String text(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
