package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every agreement, document and activity URL asked by every role, and by two province officers of different
 * provinces and one of a unit merged in 2025: each answers as expected, or 404 as if the record did not exist.
 */
@PortalTest
class AgreementAccessMatrixTest {

	/** What a request may answer: allowed (a page, a download or a redirect), or 404. */
	enum Answer {

		ALLOWED, NOT_FOUND

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestAgreements agreements;

	final List<Long> activities = new ArrayList<>();

	Map<String, PortalUser> users;

	Long dienBienShared;

	Long haGiangShared;

	Long dienBienUnshared;

	Long dienBienDocument;

	Long haGiangDocument;

	Long unsharedDocument;

	Long dienBienActivity;

	Long haGiangActivity;

	Long dienBien2025;

	@BeforeEach
	void createRecords() {
		this.agreements = new TestAgreements(this.jdbc);
		this.dienBienShared = this.agreements.create("MATRIX Thỏa thuận Hà Nội – Điện Biên", true, "11");
		this.haGiangShared = this.agreements.create("MATRIX Thỏa thuận Hà Nội – Hà Giang", true, "02");
		this.dienBienUnshared = this.agreements.create("MATRIX Bản nội bộ Điện Biên", false, "11@2025-07-01");
		this.dienBienDocument = this.agreements.attach(this.dienBienShared, "dien-bien.pdf", TestAgreements.PDF);
		this.haGiangDocument = this.agreements.attach(this.haGiangShared, "ha-giang.pdf", TestAgreements.PDF);
		this.unsharedDocument = this.agreements.attach(this.dienBienUnshared, "noi-bo.pdf", TestAgreements.PDF);
		// The Điện Biên activity is led by Sở Công Thương (the test staff's department), the Hà Giang one by Sở Y tế.
		this.dienBienActivity = activity("MATRIX Tuần hàng Điện Biên", "SCT_2025", "11@2025-07-01", this.dienBienShared);
		this.haGiangActivity = activity("MATRIX Khám bệnh Hà Giang", "SYT_2025", "02@2008-08-01", this.haGiangShared);
		this.dienBien2025 = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class);
		this.users = new LinkedHashMap<>();
		for (Role role : new Role[] { Role.ADMIN, Role.COORDINATOR, Role.STAFF, Role.LEADER }) {
			this.users.put(role.name(), this.accounts.principal(role));
		}
		this.users.put("PROVINCE Điện Biên", this.accounts.principal(Role.PROVINCE));
		this.users.put("PROVINCE Lai Châu", this.accounts.provinceOf("12"));
		this.users.put("PROVINCE Tuyên Quang (2025 merger)", this.accounts.provinceOf("08"));
	}

	@AfterEach
	void removeRecords() {
		for (Long id : this.activities) {
			this.jdbc.update("delete from activities where id = ?", id);
			this.jdbc.update("delete from activity_changes where activity_id = ?", id);
		}
		this.agreements.removeAll();
	}

	@TestFactory
	Stream<DynamicTest> everyUrlForEveryUser() {
		List<DynamicTest> tests = new ArrayList<>();
		// Columns: ADMIN, COORDINATOR, STAFF, LEADER, Điện Biên, Lai Châu, Tuyên Quang.
		expect(tests, "GET /agreements", m -> m.get().uri("/agreements"), "AAAAAAA");
		expect(tests, "GET /agreements/new", m -> m.get().uri("/agreements/new"), "AA-----");
		expect(tests, "POST /agreements/new", m -> m.post().uri("/agreements/new").with(csrf()), "AA-----");
		expect(tests, "GET shared Điện Biên agreement", m -> m.get().uri("/agreements/{id}", this.dienBienShared),
				"AAAAA--");
		expect(tests, "GET shared Hà Giang agreement", m -> m.get().uri("/agreements/{id}", this.haGiangShared),
				"AAAA--A");
		expect(tests, "GET unshared agreement", m -> m.get().uri("/agreements/{id}", this.dienBienUnshared), "AAAA---");
		expect(tests, "GET unknown agreement", m -> m.get().uri("/agreements/{id}", Long.MAX_VALUE), "-------");
		expect(tests, "GET edit", m -> m.get().uri("/agreements/{id}/edit", this.dienBienShared), "AA-----");
		expect(tests, "POST edit", m -> m.post().uri("/agreements/{id}/edit", this.dienBienShared).with(csrf()),
				"AA-----");
		expect(tests, "GET terminate", m -> m.get().uri("/agreements/{id}/terminate", this.dienBienShared), "AA-----");
		expect(tests, "POST terminate",
				m -> m.post().uri("/agreements/{id}/terminate", this.dienBienShared).with(csrf()), "AA-----");
		expect(tests, "POST document", m -> m.post()
			.uri("/agreements/{id}/documents", this.dienBienShared)
			.multipart()
			.file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
			.with(csrf()), "AA-----");
		// A scan of its own for each user, so that one user's removal does not answer for the next.
		expect(tests, "POST remove a Điện Biên document", m -> m.post()
			.uri("/agreements/{id}/documents/{doc}/delete", this.dienBienShared,
					this.agreements.attach(this.dienBienShared, "xoa.pdf", TestAgreements.PDF))
			.with(csrf()), "AA-----");
		expect(tests, "GET Điện Biên document",
				m -> m.get().uri("/agreements/{id}/documents/{doc}", this.dienBienShared, this.dienBienDocument),
				"AAAAA--");
		expect(tests, "GET Hà Giang document",
				m -> m.get().uri("/agreements/{id}/documents/{doc}", this.haGiangShared, this.haGiangDocument),
				"AAAA--A");
		expect(tests, "GET unshared document",
				m -> m.get().uri("/agreements/{id}/documents/{doc}", this.dienBienUnshared, this.unsharedDocument),
				"AAAA---");
		expect(tests, "GET another agreement's document through a visible one",
				m -> m.get().uri("/agreements/{id}/documents/{doc}", this.dienBienShared, this.haGiangDocument),
				"-------");
		expect(tests, "GET Điện Biên activity", m -> m.get().uri("/activities/{id}", this.dienBienActivity),
				"AAAAA--");
		expect(tests, "GET Hà Giang activity", m -> m.get().uri("/activities/{id}", this.haGiangActivity),
				"AAAA--A");
		expect(tests, "POST comment on the Điện Biên activity",
				m -> m.post().uri("/activities/{id}/comments", this.dienBienActivity).with(csrf()), "AAA-A--");
		expect(tests, "POST comment on the Hà Giang activity",
				m -> m.post().uri("/activities/{id}/comments", this.haGiangActivity).with(csrf()), "AA----A");
		expect(tests, "GET /activities/form-agreements", m -> m.get().uri("/activities/form-agreements"), "AAA----");
		expect(tests, "GET Điện Biên's page", m -> m.get().uri("/provinces/{id}", this.dienBien2025), "AAAAA--");
		expect(tests, "GET /provinces", m -> m.get().uri("/provinces"), "AAAAAAA");
		expect(tests, "GET /my-province", m -> m.get().uri("/my-province"), "AAAAAAA");
		return tests.stream();
	}

	private void expect(List<DynamicTest> tests, String request, Function<MockMvcTester, AbstractMockHttpServletRequestBuilder<?>> url,
			String answers) {
		List<String> names = new ArrayList<>(this.users.keySet());
		assertThat(answers).as("one answer per user").hasSize(names.size());
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			Answer expected = answers.charAt(i) == 'A' ? Answer.ALLOWED : Answer.NOT_FOUND;
			tests.add(DynamicTest.dynamicTest(request + " as " + name + " → " + expected, () -> {
				int status = this.mvc.perform(url.apply(this.mvc).with(TestAccounts.as(this.users.get(name))))
					.getResponse()
					.getStatus();
				if (expected == Answer.ALLOWED) {
					assertThat(status).as(request + " as " + name).isBetween(200, 399);
				}
				else {
					assertThat(status).as(request + " as " + name).isEqualTo(404);
				}
			}));
		}
	}

	private Long activity(String title, String department, String province, Long agreement) {
		Long id = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, shared_with_provinces,
				                        agreement_id)
				select p.id, g.id, d.id, ?, 'IN_PROGRESS', true, ?
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = ?
				where p.year = 2022 returning id""", Long.class, title, agreement, department);
		String[] codeAndMap = province.split("@");
		this.jdbc.update("""
				insert into activity_partner_provinces (activity_id, province_id)
				select ?, id from provinces where code = ? and valid_from = ?::date""", id, codeAndMap[0],
				codeAndMap[1]);
		this.activities.add(id);
		return id;
	}

}
