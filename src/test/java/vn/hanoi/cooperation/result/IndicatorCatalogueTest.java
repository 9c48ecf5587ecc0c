package vn.hanoi.cooperation.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.Concurrently;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SlicePage;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The seeded catalogue covers the 15 groups; administrators and the coordinator manage it, nobody else. */
@PortalTest
class IndicatorCatalogueTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTestIndicators() {
		this.jdbc.update("""
				delete from published_figures
				 where indicator_id in (select id from indicators where code like 'TEST.%')""");
		this.jdbc.update("delete from indicators where code like 'TEST.%'");
	}

	@Test
	void theCatalogueCoversEveryGroupAndTheArticlesFigures() {
		assertThat(this.jdbc.queryForObject("select count(distinct group_id) from indicators", Integer.class))
			.isEqualTo(15);
		assertThat(this.jdbc.queryForList("select code || ':' || unit || ':' || aggregation from indicators "
				+ "where code in ('ASXH.KINH_PHI_HO_TRO', 'TM.SAN_LUONG_KET_NOI', 'ASXH.TU_VAN_VIEC_LAM', "
				+ "'ASXH.PHONG_VAN', 'ASXH.TUYEN_DUNG', 'XTDT.THOA_THUAN', 'XTDT.HOI_NGHI') order by code", String.class))
			.containsExactly("ASXH.KINH_PHI_HO_TRO:BILLION_VND:SUM", "ASXH.PHONG_VAN:PERSON_TIMES:SUM",
					"ASXH.TUYEN_DUNG:PERSON:SUM", "ASXH.TU_VAN_VIEC_LAM:PERSON_TIMES:SUM", "TM.SAN_LUONG_KET_NOI:TONNE:SUM",
					"XTDT.HOI_NGHI:COUNT:SUM", "XTDT.THOA_THUAN:COUNT:SUM");
		assertThat(this.mvc.get().uri("/indicators").with(this.accounts.as(Role.PROVINCE))).hasStatusOk()
			.bodyText()
			.contains("Số lao động được tuyển dụng");
	}

	@Test
	void theCoordinatorAddsAnIndicatorAndACodeIsUsedOnce() {
		assertThat(create(Role.COORDINATOR, "test.khach")).hasStatus3xxRedirection().hasRedirectedUrl("/indicators");
		assertThat(this.jdbc.queryForObject("select unit from indicators where code = 'TEST.KHACH'", String.class))
			.isEqualTo("PERSON_TIMES");
		assertThat(create(Role.ADMIN, "TEST.KHACH")).hasStatusOk().model().extractingBindingResult("form")
			.hasFieldErrorCode("code", "indicator.error.codeTaken");
	}

	@Test
	void aCountSaysWhatItCountsInTheCatalogueInBothLanguages() throws Exception {
		String vietnamese = this.mvc.get().uri("/indicators").with(this.accounts.as(Role.PROVINCE)).exchange()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(unitCell(vietnamese, "Số hội nghị xúc tiến đầu tư, thương mại, du lịch")).isEqualTo("hội nghị");
		assertThat(unitCell(vietnamese, "Số đoàn khảo sát (famtrip) giữa các địa phương")).isEqualTo("đoàn");
		assertThat(unitCell(vietnamese, "Số lao động được tuyển dụng")).isEqualTo("người");
		assertThat(vietnamese).doesNotContain("<td>số lượng</td>");
		String english = this.mvc.get().uri("/indicators?lang=en").with(this.accounts.as(Role.PROVINCE)).exchange()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(unitCell(english, "Investment, trade and tourism promotion conferences")).isEqualTo("conferences");
	}

	@Test
	void aCountWithoutWhatItCountsIsRefusedAndAnotherUnitKeepsNoNoun() {
		assertThat(create(Role.ADMIN, "TEST.DEM", "COUNT", " ", "")).hasStatusOk().model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("countNounVi", "indicator.error.countNounRequired")
			.hasFieldErrorCode("countNounEn", "indicator.error.countNounRequired");
		assertThat(this.jdbc.queryForObject("select count(*) from indicators where code = 'TEST.DEM'", Integer.class))
			.isZero();
		assertThat(create(Role.ADMIN, "TEST.DEM", "COUNT", " đoàn ", "delegations")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject(
				"select count_noun_vi || '/' || count_noun_en from indicators where code = 'TEST.DEM'", String.class))
			.isEqualTo("đoàn/delegations");
		assertThat(create(Role.ADMIN, "TEST.NGUOI", "PERSON", "đoàn", "delegations")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from indicators where code = 'TEST.NGUOI' and count_noun_vi is null", Integer.class))
			.isOne();
	}

	@Test
	void aNameOfNoBreakSpacesIsRefused() {
		assertThat(create(Role.ADMIN, "TEST.TRONG", "\u00a0\u202f\u00a0", "PERSON", "", "")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("nameVi", "NotBlank");
		assertThat(this.jdbc.queryForObject("select count(*) from indicators where code = 'TEST.TRONG'",
				Integer.class)).isZero();
	}

	@Test
	void everyCountOfTheCatalogueNamesWhatItCounts() {
		assertThat(this.jdbc.queryForObject("select count(*) from indicators where unit = 'COUNT' "
				+ "and (count_noun_vi is null or count_noun_en is null)", Integer.class)).isZero();
		assertThat(this.jdbc.queryForList("select code || ':' || count_noun_vi from indicators "
				+ "where code in ('XTDT.HOI_NGHI', 'TP.VAN_BAN', 'VH.SU_KIEN', 'DL.DOAN_FAMTRIP') order by code",
				String.class))
			.containsExactly("DL.DOAN_FAMTRIP:đoàn", "TP.VAN_BAN:văn bản", "VH.SU_KIEN:sự kiện", "XTDT.HOI_NGHI:hội nghị");
	}

	@Test
	void staffLeadersAndProvincesCannotChangeTheCatalogue() {
		for (Role role : new Role[] { Role.STAFF, Role.LEADER, Role.PROVINCE }) {
			assertThat(this.mvc.get().uri("/indicators/new").with(this.accounts.as(role))).as(role.name())
				.hasStatus(404);
			assertThat(create(role, "TEST.CAM")).as(role.name()).hasStatus(404);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from indicators where code = 'TEST.CAM'", Integer.class))
			.isZero();
	}

	@Test
	void theAggregationOfAnIndicatorWithFiguresCannotChange() {
		assertThat(editHiring("PERSON", "LAST")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("aggregation", "indicator.error.aggregationInUse");
	}

	/** Reported and published figures keep their meaning: "1.200 người" never becomes "1.200 tấn". */
	@Test
	void theUnitOfAnIndicatorWithFiguresCannotChange() {
		assertThat(editHiring("TONNE", "SUM")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("unit", "indicator.error.unitInUse");
		assertThat(this.jdbc.queryForObject("select unit from indicators where code = 'ASXH.TUYEN_DUNG'", String.class))
			.isEqualTo("PERSON");
	}

	/**
	 * What a count counts is its unit: "12 hội nghị" published must not read "12 đoàn". The Vietnamese noun's marks,
	 * capitals and spaces may be corrected, and the English noun, its translation, freely.
	 */
	@Test
	void whatACountWithFiguresCountsCannotChangeButItsSpellingCan() {
		assertThat(create(Role.ADMIN, "TEST.DEM_HN", "COUNT", "hôi nghi", "conferance")).hasStatus3xxRedirection();
		Long id = this.jdbc.queryForObject("select id from indicators where code = 'TEST.DEM_HN'", Long.class);
		this.jdbc.update("""
				insert into published_figures (indicator_id, year, actual, actual_is_lower_bound, published_by,
				                               published_at)
				values (?, 2022, 12, false, ?, now())""", id, this.accounts.principal(Role.COORDINATOR).getAccountId());

		assertThat(editCount(id, "đoàn", "conference")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("countNounVi", "indicator.error.countNounInUse");
		assertThat(nounsOf(id)).isEqualTo("hôi nghi / conferance");
		assertThat(editCount(id, "Hội  nghị", "conference")).hasStatus3xxRedirection();
		assertThat(nounsOf(id)).isEqualTo("Hội  nghị / conference");
	}

	/**
	 * A figure on the public page keeps its meaning when the results it came from are gone (reopened after a dispute,
	 * then deleted): it was published as "12 lượt người" and must not read "12 tấn".
	 */
	@Test
	void theUnitOfAnIndicatorWithAPublishedFigureCannotChange() {
		assertThat(create(Role.ADMIN, "TEST.CONG_KHAI")).hasStatus3xxRedirection();
		Long id = this.jdbc.queryForObject("select id from indicators where code = 'TEST.CONG_KHAI'", Long.class);
		this.jdbc.update("""
				insert into published_figures (indicator_id, year, actual, actual_is_lower_bound, published_by,
				                               published_at)
				values (?, 2022, 12, false, ?, now())""", id, this.accounts.principal(Role.COORDINATOR).getAccountId());
		String version = String.valueOf(this.jdbc.queryForObject("select version from indicators where id = ?",
				Long.class, id));
		assertThat(edit(Role.ADMIN, id, "TEST.CONG_KHAI", version, "Số đoàn công tác giữa các địa phương", "TONNE",
				"LAST"))
			.hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("unit", "indicator.error.unitInUse")
			.hasFieldErrorCode("aggregation", "indicator.error.aggregationInUse");
		assertThat(this.jdbc.queryForObject("select unit || ':' || aggregation from indicators where id = ?",
				String.class, id)).isEqualTo("PERSON_TIMES:SUM");
	}

	/**
	 * An edit of the unit sent while the coordinator publishes a figure of the indicator waits for the publication
	 * and is then refused: it looked for figures before the publication committed, and changed the unit of the
	 * figure just published ("12 lượt người" read "12 tấn" on the public page).
	 */
	@Test
	void anEditOfTheUnitSentDuringAPublicationWaitsForItAndIsRefused() throws Exception {
		assertThat(create(Role.ADMIN, "TEST.DONG_THOI")).hasStatus3xxRedirection();
		Long id = this.jdbc.queryForObject("select id from indicators where code = 'TEST.DONG_THOI'", Long.class);
		String version = String.valueOf(this.jdbc.queryForObject("select version from indicators where id = ?",
				Long.class, id));
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection publishing = this.dataSource.getConnection()) {
			// As Publishing.publish does: the indicator's row held first, then the figure written.
			publishing.setAutoCommit(false);
			try (PreparedStatement hold = publishing.prepareStatement("select id from indicators where id = ? for update");
					PreparedStatement publish = publishing.prepareStatement("""
							insert into published_figures (indicator_id, year, actual, actual_is_lower_bound, published_by,
							                               published_at)
							values (?, 2022, 12, false, ?, now())""")) {
				hold.setLong(1, id);
				hold.execute();
				publish.setLong(1, id);
				publish.setLong(2, this.accounts.principal(Role.COORDINATOR).getAccountId());
				publish.executeUpdate();
			}
			Future<MvcTestResult> edit = pool.submit(() -> edit(Role.ADMIN, id, "TEST.DONG_THOI", version,
					"Số đoàn công tác giữa các địa phương", "TONNE", "SUM"));
			Concurrently.awaitWaitingForLocks(this.jdbc, 1);
			publishing.commit();
			assertThat(edit.get(1, TimeUnit.MINUTES)).hasStatusOk()
				.model()
				.extractingBindingResult("form")
				.hasFieldErrorCode("unit", "indicator.error.unitInUse");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select unit from indicators where id = ?", String.class, id))
			.isEqualTo("PERSON_TIMES");
	}

	@Test
	void aSaveOverSomeoneElsesEditSaysSoKeepsTheInputAndSavesWhenSentAgain() {
		assertThat(create(Role.ADMIN, "TEST.XUNG")).hasStatus3xxRedirection();
		Long id = this.jdbc.queryForObject("select id from indicators where code = 'TEST.XUNG'", Long.class);
		String version = String.valueOf(this.jdbc.queryForObject("select version from indicators where id = ?",
				Long.class, id));
		// Both open the form at the same version; the coordinator saves first.
		assertThat(rename(Role.COORDINATOR, id, version, "Số đoàn công tác – bản của đầu mối")).hasStatus3xxRedirection();
		MvcTestResult second = rename(Role.ADMIN, id, version, "Số đoàn công tác do quản trị sửa");
		assertThat(second).hasStatusOk();
		assertThat(SlicePage.shown(second)).contains("Người khác vừa lưu chỉ tiêu này")
			.contains("value=\"Số đoàn công tác do quản trị sửa\"");
		assertThat(nameOf(id)).isEqualTo("Số đoàn công tác – bản của đầu mối");
		// The form shown carries the current version: sending it again as it is saves the input.
		assertThat(rename(Role.ADMIN, id, SlicePage.formVersion(second), "Số đoàn công tác do quản trị sửa"))
			.hasStatus3xxRedirection();
		assertThat(nameOf(id)).isEqualTo("Số đoàn công tác do quản trị sửa");
	}

	private MvcTestResult rename(Role role, Long id, String version, String nameVi) {
		return edit(role, id, "TEST.XUNG", version, nameVi, "PERSON_TIMES", "SUM");
	}

	private MvcTestResult edit(Role role, Long id, String code, String version, String nameVi, String unit,
			String aggregation) {
		return this.mvc.post()
			.uri("/indicators/{id}/edit", id)
			.with(this.accounts.as(role))
			.with(csrf())
			.param("code", code)
			.param("nameVi", nameVi)
			.param("nameEn", "Working delegations between localities")
			.param("unit", unit)
			.param("groupId", groupId(3))
			.param("aggregation", aggregation)
			.param("direction", "HIGHER")
			.param("version", version)
			.exchange();
	}

	private MvcTestResult editCount(Long id, String countNounVi, String countNounEn) {
		return this.mvc.post()
			.uri("/indicators/{id}/edit", id)
			.with(this.accounts.as(Role.COORDINATOR))
			.with(csrf())
			.param("code", "TEST.DEM_HN")
			.param("nameVi", "Số đoàn công tác giữa các địa phương")
			.param("nameEn", "Working delegations between localities")
			.param("unit", "COUNT")
			.param("countNounVi", countNounVi)
			.param("countNounEn", countNounEn)
			.param("groupId", groupId(3))
			.param("aggregation", "SUM")
			.param("direction", "HIGHER")
			.param("version", String.valueOf(
					this.jdbc.queryForObject("select version from indicators where id = ?", Long.class, id)))
			.exchange();
	}

	private String nounsOf(Long id) {
		return this.jdbc.queryForObject("select count_noun_vi || ' / ' || count_noun_en from indicators where id = ?",
				String.class, id);
	}

	private String nameOf(Long id) {
		return this.jdbc.queryForObject("select name_vi from indicators where id = ?", String.class, id);
	}

	/** An edit of the catalogue's hiring indicator, which has figures, keeping its name and group. */
	private org.springframework.test.web.servlet.assertj.MvcTestResult editHiring(String unit, String aggregation) {
		Long id = this.jdbc.queryForObject("select id from indicators where code = 'ASXH.TUYEN_DUNG'", Long.class);
		long version = this.jdbc.queryForObject("select version from indicators where id = ?", Long.class, id);
		return this.mvc.post()
			.uri("/indicators/{id}/edit", id)
			.with(this.accounts.as(Role.ADMIN))
			.with(csrf())
			.param("code", "ASXH.TUYEN_DUNG")
			.param("nameVi", "Số lao động được tuyển dụng")
			.param("nameEn", "Workers hired")
			.param("unit", unit)
			.param("groupId", groupId(14))
			.param("aggregation", aggregation)
			.param("direction", "HIGHER")
			.param("version", String.valueOf(version))
			.exchange();
	}

	/** The text of the unit column (the cell after the name, which heads its row) in the row of the indicator named so. */
	private static String unitCell(String html, String name) {
		java.util.regex.Matcher row = java.util.regex.Pattern
			.compile("<th[^>]*>" + java.util.regex.Pattern.quote(name) + "</th>\\s*<td[^>]*>([^<]*)</td>")
			.matcher(html);
		assertThat(row.find()).as(name).isTrue();
		return row.group(1);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult create(Role role, String code, String unit,
			String countNounVi, String countNounEn) {
		return create(role, code, "Số đoàn công tác giữa các địa phương", unit, countNounVi, countNounEn);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult create(Role role, String code, String nameVi,
			String unit, String countNounVi, String countNounEn) {
		return this.mvc.post()
			.uri("/indicators/new")
			.with(this.accounts.as(role))
			.with(csrf())
			.param("code", code)
			.param("nameVi", nameVi)
			.param("nameEn", "Working delegations between localities")
			.param("unit", unit)
			.param("countNounVi", countNounVi)
			.param("countNounEn", countNounEn)
			.param("groupId", groupId(3))
			.param("aggregation", "SUM")
			.param("direction", "HIGHER")
			.exchange();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult create(Role role, String code) {
		return create(role, code, "PERSON_TIMES", "", "");
	}

	private String groupId(int number) {
		return String.valueOf(
				this.jdbc.queryForObject("select id from cooperation_groups where number = ?", Long.class, number));
	}

}
