package vn.hanoi.cooperation.home;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.activity.ProvinceActivities;
import vn.hanoi.cooperation.agreement.TestAgreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * What a partner province sees of Hanoi's records (its own, never another province's), and the full picture of
 * any province that Hanoi's users get.
 */
@PortalTest
class ProvinceViewTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProvinceRecordCounts counts;

	TestAgreements agreements;

	final List<Long> activities = new ArrayList<>();

	Long dienBienAgreement;

	Long northWestAgreement;

	Long haGiangAgreement;

	Long laiChauAgreement;

	Long unsharedAgreement;

	Long sharedActivity;

	Long unsharedActivity;

	Long bothActivity;

	Long dienBien2025;

	@BeforeEach
	void createRecords() {
		this.agreements = new TestAgreements(this.jdbc);
		this.dienBienAgreement = this.agreements.create("VIEW Thỏa thuận Điện Biên", true, "11");
		this.northWestAgreement = this.agreements.create("VIEW Chương trình du lịch Tây Bắc", true, "11", "12");
		this.haGiangAgreement = this.agreements.create("VIEW Thỏa thuận Hà Giang", true, "02");
		this.laiChauAgreement = this.agreements.create("VIEW Thỏa thuận Lai Châu", true, "12@2025-07-01");
		this.unsharedAgreement = this.agreements.create("VIEW Bản nội bộ Điện Biên", false, "11@2025-07-01");
		this.sharedActivity = activity("VIEW Tuần hàng Điện Biên", 2, 2022, true, "11@2008-08-01");
		this.unsharedActivity = activity("VIEW Khảo sát nội bộ Điện Biên", 4, 2022, false, "11@2025-07-01");
		this.bothActivity = activity("VIEW Liên kết du lịch Tây Bắc", 3, 2022, true, "11@2008-08-01",
				"12@2008-08-01");
		activity("VIEW Tiêu thụ nông sản Hà Giang", 4, 2022, true, "02@2008-08-01");
		this.dienBien2025 = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class);
	}

	@AfterEach
	void removeRecords() {
		for (Long id : this.activities) {
			this.jdbc.update("delete from activities where id = ?", id);
			this.jdbc.update("delete from activity_changes where activity_id = ?", id);
		}
		this.agreements.removeAll();
	}

	@Test
	void aProvinceOfficerLandsOnTheirProvinceWithWhatIsSharedWithThemOnly() {
		assertThat(this.mvc.get().uri("/my-province").with(this.accounts.as(Role.PROVINCE))).hasStatusOk()
			.bodyText()
			.contains("VIEW Thỏa thuận Điện Biên", "VIEW Chương trình du lịch Tây Bắc", "VIEW Tuần hàng Điện Biên",
					"VIEW Liên kết du lịch Tây Bắc", "(đơn vị trước 01/07/2025)")
			.doesNotContain("VIEW Bản nội bộ", "VIEW Khảo sát nội bộ", "Hà Giang", "Lai Châu");
	}

	@Test
	void aProvinceNeverSeesAnotherProvinceInListsDetailsOrCounts() {
		PortalUser dienBien = this.accounts.principal(Role.PROVINCE);
		assertThat(this.mvc.get().uri("/agreements").with(as(dienBien))).hasStatusOk()
			.bodyText()
			.contains("VIEW Thỏa thuận Điện Biên", "VIEW Chương trình du lịch Tây Bắc")
			.doesNotContain("Hà Giang", "Lai Châu", "VIEW Bản nội bộ");
		assertThat(this.mvc.get().uri("/agreements/{id}", this.northWestAgreement).with(as(dienBien))).hasStatusOk()
			.bodyText()
			.contains("Điện Biên")
			.doesNotContain("Lai Châu");
		assertThat(this.mvc.get().uri("/activities/{id}", this.bothActivity).with(as(dienBien))).hasStatusOk()
			.bodyText()
			.doesNotContain("Lai Châu");
		assertThat(this.mvc.get().uri("/provinces").with(as(dienBien))).hasStatusOk()
			.bodyText()
			.contains("Điện Biên")
			.doesNotContain("Lai Châu", "Hà Giang", "Tuyên Quang");
		Long laiChau = this.jdbc.queryForObject(
				"select id from provinces where code = '12' and valid_from = date '2025-07-01'", Long.class);
		assertThat(this.mvc.get().uri("/provinces/{id}", laiChau).with(as(dienBien))).hasStatus(404);
		assertThat(this.mvc.get().uri("/agreements?province={id}", laiChau).with(as(dienBien))).hasStatusOk()
			.bodyText()
			.doesNotContain("VIEW Thỏa thuận Lai Châu", "VIEW Chương trình du lịch Tây Bắc");
	}

	@Test
	void anActivitysAgreementIsNamedOnlyToWhomMayOpenIt() {
		this.jdbc.update("update activities set agreement_id = ? where id = ?", this.unsharedAgreement,
				this.sharedActivity);
		assertThat(this.mvc.get().uri("/activities/{id}", this.sharedActivity).with(as(this.accounts.principal(Role.PROVINCE))))
			.hasStatusOk()
			.bodyText()
			.contains("VIEW Tuần hàng Điện Biên")
			.doesNotContain("VIEW Bản nội bộ Điện Biên");
		assertThat(this.mvc.get().uri("/activities/{id}", this.sharedActivity).with(this.accounts.as(Role.LEADER)))
			.hasStatusOk()
			.bodyText()
			.contains("VIEW Tuần hàng Điện Biên", "VIEW Bản nội bộ Điện Biên");
	}

	@Test
	void aUnitFormedInJuly2025SeesItsPredecessorsRecordsUnderTheOldName() {
		PortalUser tuyenQuang = this.accounts.provinceOf("08");
		assertThat(this.mvc.get().uri("/my-province").with(as(tuyenQuang))).hasStatusOk()
			.bodyText()
			.contains("VIEW Thỏa thuận Hà Giang", "VIEW Tiêu thụ nông sản Hà Giang",
					"Hà Giang (đơn vị trước 01/07/2025)")
			.doesNotContain("Điện Biên");
		assertThat(this.mvc.get().uri("/agreements/{id}", this.haGiangAgreement).with(as(tuyenQuang)))
			.hasStatusOk();
	}

	@Test
	void aFullPageOfActivitiesSaysItShowsOnlyTheMostRecent() throws Exception {
		String note = "Hiển thị tối đa " + ProvinceActivities.LIMIT + " hoạt động gần nhất";
		assertThat(this.mvc.get().uri("/provinces/{id}", this.dienBien2025).with(this.accounts.as(Role.LEADER)))
			.bodyText()
			.contains("VIEW Tuần hàng Điện Biên")
			.doesNotContain(note);
		Long laiChau2025 = this.jdbc.queryForObject(
				"select id from provinces where code = '12' and valid_from = date '2025-07-01'", Long.class);
		long few = statementsForPage(laiChau2025);
		try {
			this.jdbc.update("""
					insert into activities (plan_id, group_id, lead_department_id, title, status, shared_with_provinces)
					select p.id, g.id, d.id, 'VIEW Giới hạn ' || n, 'PLANNED', true
					  from generate_series(1, ?) n join plans p on p.year = 2022
					  join cooperation_groups g on g.number = 5 join departments d on d.code = 'SVHTT'""",
					ProvinceActivities.LIMIT);
			this.jdbc.update("""
					insert into activity_partner_provinces (activity_id, province_id)
					select a.id, pr.id from activities a, provinces pr
					 where a.title like 'VIEW Giới hạn %' and pr.code = '12' and pr.valid_from = date '2008-08-01'""");
			// The leader's inbox count changed with the new activities: counted again on another page first.
			assertThat(this.mvc.get().uri("/provinces").with(this.accounts.as(Role.LEADER))).hasStatusOk();
			assertThat(statementsForPage(laiChau2025)).as("a full page runs as many statements as an almost empty one")
				.isEqualTo(few);
			String page = this.mvc.get()
				.uri("/provinces/{id}", laiChau2025)
				.with(this.accounts.as(Role.LEADER))
				.exchange()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(page).contains(note).doesNotContain("VIEW Liên kết du lịch Tây Bắc");
			assertThat(page.split("VIEW Giới hạn ", -1)).hasSize(ProvinceActivities.LIMIT + 1);
		}
		finally {
			this.jdbc.update("delete from activities where title like 'VIEW Giới hạn %'");
		}
	}

	@Test
	void aPageReadAgainComesFromMemoryAndAChangeShowsAtTheNextRequest() {
		long read = SqlStatements.countDuring(() -> assertThat(
				this.mvc.get().uri("/provinces/{id}", this.dienBien2025).with(this.accounts.as(Role.LEADER)))
			.bodyText()
			.contains("VIEW Tuần hàng Điện Biên"));
		long again = SqlStatements.countDuring(() -> assertThat(
				this.mvc.get().uri("/provinces/{id}", this.dienBien2025).with(this.accounts.as(Role.LEADER)))
			.bodyText()
			.contains("VIEW Tuần hàng Điện Biên"));
		// The layout: the inbox's data version (its counts too when what they count changed) and the notification bell.
		assertThat(read).as("a small fixed number for a province's page").isLessThanOrEqualTo(13);
		assertThat(again).as("when nothing changed: the account's own check, the data version and the layout's 2")
			.isEqualTo(4)
			.isLessThan(read);
		// A province officer of the unit has a page of their own, without what is not shared with them.
		assertThat(this.mvc.get().uri("/provinces/{id}", this.dienBien2025).with(this.accounts.as(Role.PROVINCE)))
			.bodyText()
			.contains("VIEW Tuần hàng Điện Biên")
			.doesNotContain("VIEW Khảo sát nội bộ Điện Biên");

		this.jdbc.update("update activities set title = 'VIEW Tuần hàng Điện Biên mở rộng' where id = ?",
				this.sharedActivity);
		activity("VIEW Hội chợ mới Điện Biên", 2, 2022, true, "11@2025-07-01");
		for (Role role : List.of(Role.LEADER, Role.PROVINCE)) {
			assertThat(this.mvc.get().uri("/provinces/{id}", this.dienBien2025).with(this.accounts.as(role)))
				.bodyText()
				.as(role.name())
				.contains("VIEW Tuần hàng Điện Biên mở rộng", "VIEW Hội chợ mới Điện Biên");
		}
	}

	/**
	 * Vĩnh Phúc's page (a unit until 30/06/2025) said "no activity yet" while the 63-province map counted, on its
	 * tile, the activities that name Phú Thọ from 1 July: the page says where they are, with a way there.
	 */
	@Test
	void aUnitThatMergedSaysItsLaterRecordsAreOnItsSuccessorsPage() {
		Long vinhPhuc = this.jdbc.queryForObject(
				"select id from provinces where code = '26' and valid_from = date '2008-08-01'", Long.class);
		Long phuTho = this.jdbc.queryForObject("select successor_id from provinces where id = ?", Long.class, vinhPhuc);
		assertThat(this.mvc.get().uri("/provinces/{id}", vinhPhuc).with(this.accounts.as(Role.LEADER))).hasStatusOk()
			.bodyText()
			.contains("Từ ngày 01/07/2025, địa bàn Vĩnh Phúc thuộc Phú Thọ")
			.contains("href=\"/provinces/" + phuTho + "\">Xem trang Phú Thọ</a>");
		assertThat(this.mvc.get().uri("/provinces/{id}?lang=en", vinhPhuc).with(this.accounts.as(Role.LEADER)))
			.bodyText()
			.contains("From 01/07/2025, Vinh Phuc is part of Phu Tho");
		// A unit that did not merge says nothing of the kind.
		assertThat(this.mvc.get().uri("/provinces/{id}", this.dienBien2025).with(this.accounts.as(Role.LEADER)))
			.bodyText()
			.doesNotContain("later-records");
	}

	@Test
	void hanoisUsersSeeTheFullPictureOfAnyProvince() {
		assertThat(this.mvc.get().uri("/provinces/{id}", this.dienBien2025).with(this.accounts.as(Role.LEADER)))
			.hasStatusOk()
			.bodyText()
			.contains("VIEW Thỏa thuận Điện Biên", "VIEW Bản nội bộ Điện Biên", "VIEW Chương trình du lịch Tây Bắc",
					"VIEW Tuần hàng Điện Biên", "VIEW Khảo sát nội bộ Điện Biên", "Năm 2022", "2. ", "3. ", "4. ")
			.doesNotContain("VIEW Thỏa thuận Hà Giang");
	}

	@Test
	void theProvinceListCountsEachUnitsRecordsWithItsPredecessorsInOneStatement() {
		CountsBefore before = new CountsBefore(this.counts.all().get(this.dienBien2025));
		assertThat(before.counts.agreements()).isGreaterThanOrEqualTo(3);
		assertThat(before.counts.activities()).isGreaterThanOrEqualTo(3);
		long few = statementsForList();
		for (int i = 0; i < 30; i++) {
			this.agreements.create("VIEW extra " + i, i % 2 == 0, "11", "12");
		}
		assertThat(statementsForList()).isEqualTo(few);
		assertThat(few).as("a small fixed number for the province list, the layout's included").isLessThanOrEqualTo(8);
		assertThat(this.counts.all().get(this.dienBien2025).agreements()).isEqualTo(before.counts.agreements() + 30);
		assertThat(this.mvc.get().uri("/provinces").with(this.accounts.as(Role.LEADER))).hasStatusOk()
			.bodyText()
			.contains("Thỏa thuận", "Hoạt động");
	}

	@Test
	void commentsAreReadByHanoiAndTheProvinceTheyBelongTo() {
		PortalUser dienBien = this.accounts.principal(Role.PROVINCE);
		PortalUser laiChau = this.accounts.provinceOf("12");
		assertThat(this.mvc.post()
			.uri("/activities/{id}/comments", this.bothActivity)
			.with(as(dienBien))
			.with(csrf())
			.param("body", "VIEW ý kiến của Điện Biên")).hasStatus3xxRedirection();
		assertThat(this.mvc.post()
			.uri("/activities/{id}/comments", this.bothActivity)
			.with(as(laiChau))
			.with(csrf())
			.param("body", "VIEW ý kiến của Lai Châu")).hasStatus3xxRedirection();
		Long laiChau2008 = this.jdbc.queryForObject(
				"select id from provinces where code = '12' and valid_from = date '2008-08-01'", Long.class);
		assertThat(this.mvc.post()
			.uri("/activities/{id}/comments", this.bothActivity)
			.with(this.accounts.as(Role.COORDINATOR))
			.with(csrf())
			.param("provinceId", String.valueOf(laiChau2008))
			.param("body", "VIEW trả lời Lai Châu")).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/activities/{id}", this.bothActivity).with(as(dienBien))).bodyText()
			.contains("VIEW ý kiến của Điện Biên")
			.doesNotContain("VIEW ý kiến của Lai Châu", "VIEW trả lời Lai Châu");
		assertThat(this.mvc.get().uri("/activities/{id}", this.bothActivity).with(as(laiChau))).bodyText()
			.contains("VIEW ý kiến của Lai Châu", "VIEW trả lời Lai Châu")
			.doesNotContain("VIEW ý kiến của Điện Biên");
		assertThat(this.mvc.get().uri("/activities/{id}", this.bothActivity).with(this.accounts.as(Role.LEADER)))
			.bodyText()
			.contains("VIEW ý kiến của Điện Biên", "VIEW ý kiến của Lai Châu", "VIEW trả lời Lai Châu");
		// Hanoi cannot write into a thread of a province that is not a partner of the activity.
		Long haGiang = this.jdbc.queryForObject(
				"select id from provinces where code = '02' and valid_from = date '2008-08-01'", Long.class);
		assertThat(this.mvc.post()
			.uri("/activities/{id}/comments", this.bothActivity)
			.with(this.accounts.as(Role.COORDINATOR))
			.with(csrf())
			.param("provinceId", String.valueOf(haGiang))
			.param("body", "VIEW lạc địa chỉ")).hasStatusOk();
		assertThat(this.jdbc.queryForObject("select count(*) from activity_comments where activity_id = ?",
				Integer.class, this.bothActivity)).isEqualTo(3);
	}

	@Test
	void hanoiWritesToAProvinceOnlyOnAnActivitySharedWithIt() {
		// The page offers no recipient and says why; a post made anyway sends nothing.
		assertThat(this.mvc.get().uri("/activities/{id}", this.unsharedActivity).with(this.accounts.as(Role.COORDINATOR)))
			.hasStatusOk()
			.bodyText()
			.contains("chưa được chia sẻ với địa phương đối tác")
			.doesNotContain("Gửi tới địa phương");
		MvcTestResult sent = this.mvc.post()
			.uri("/activities/{id}/comments", this.unsharedActivity)
			.with(this.accounts.as(Role.COORDINATOR))
			.with(csrf())
			.param("provinceId", String.valueOf(this.dienBien2025))
			.param("body", "VIEW ý kiến không ai đọc")
			.exchange();
		assertThat(sent).hasStatusOk().bodyText().doesNotContain("Đã gửi ý kiến.");
		assertThat(this.jdbc.queryForObject("select count(*) from activity_comments where activity_id = ?",
				Integer.class, this.unsharedActivity)).isZero();
		// On a shared activity the province is offered and the comment reaches it.
		assertThat(this.mvc.get().uri("/activities/{id}", this.sharedActivity).with(this.accounts.as(Role.COORDINATOR)))
			.bodyText()
			.contains("Gửi tới địa phương")
			.doesNotContain("chưa được chia sẻ với địa phương đối tác");
	}

	private record CountsBefore(ProvinceRecordCounts.Counts counts) {
	}

	private long statementsForPage(Long province) {
		return SqlStatements.countDuring(() -> assertThat(
				this.mvc.get().uri("/provinces/{id}", province).with(this.accounts.as(Role.LEADER)))
			.hasStatusOk());
	}

	private long statementsForList() {
		return SqlStatements.countDuring(() -> assertThat(
				this.mvc.get().uri("/provinces").with(this.accounts.as(Role.LEADER)))
			.hasStatusOk());
	}

	private Long activity(String title, int group, int year, boolean shared, String... provinces) {
		Long id = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, shared_with_provinces)
				select p.id, g.id, d.id, ?, 'IN_PROGRESS', ?
				from plans p join cooperation_groups g on g.number = ? join departments d on d.code = 'SCT_2025'
				where p.year = ? returning id""", Long.class, title, shared, group, year);
		for (String province : provinces) {
			String[] codeAndMap = province.split("@");
			this.jdbc.update("""
					insert into activity_partner_provinces (activity_id, province_id)
					select ?, id from provinces where code = ? and valid_from = ?::date""", id, codeAndMap[0],
					codeAndMap[1]);
		}
		this.activities.add(id);
		return id;
	}

}
