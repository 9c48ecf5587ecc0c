package vn.hanoi.cooperation.group;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.ReferenceCsv;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.TestPlan2025;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The groups list names each group's lead department as Plan 188 set it, and for one reorganised into a department
 * of another name on 1 March 2025, until when it led and who leads since (from the reference data).
 */
@PortalTest
class GroupLeadDepartmentTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLeadMergedOnTheFirstOfMarch2025SaysUntilWhenAndWhoLeadsSince() {
		Map<String, String> names2022 = names("hanoi_departments.csv");
		Map<String, String> names2025 = names("hanoi_departments_2025.csv");
		Map<String, String> successor = new HashMap<>();
		ReferenceCsv.read("hanoi_departments_2022_to_2025.csv")
			.forEach(row -> successor.put(row.get("code_2022"), row.get("code_2025")));
		String page = HtmlUtils.htmlUnescape(new String(this.mvc.get()
			.uri("/groups")
			.with(this.accounts.as(Role.LEADER))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8));
		int merged = 0;
		for (Map<String, String> group : ReferenceCsv.read("cooperation_groups.csv")) {
			String row = row(page, group.get("name_vi"));
			String lead = group.get("lead_department_code");
			String now = names2025.get(successor.get(lead));
			assertThat(row).contains(names2022.get(lead));
			if (now != null && !now.equals(names2022.get(lead))) {
				assertThat(row).as("group %s", group.get("number"))
					.contains("đến 28/02/2025; từ 01/03/2025: " + now);
				merged++;
			}
			else {
				assertThat(row).as("group %s", group.get("number")).doesNotContain("đến 28/02/2025");
			}
		}
		// By hand: Sở KH&ĐT (group 1) → Sở Tài chính; Sở NN&PTNT (4) → Sở NN&MT; Sở TT&TT (8, 12) → Sở KH&CN;
		// Sở TN&MT (11) → Sở NN&MT; Sở GTVT (13) → Sở Xây dựng; Sở LĐ-TB&XH (14) → Sở Nội vụ.
		assertThat(merged).isEqualTo(7);
		assertThat(row(page, "Xúc tiến đầu tư")).contains("Sở Kế hoạch và Đầu tư", "từ 01/03/2025: Sở Tài chính");
	}

	private static Map<String, String> names(String file) {
		Map<String, String> names = new HashMap<>();
		ReferenceCsv.read(file).forEach(row -> names.put(row.get("code"), row.get("name_vi")));
		return names;
	}

	/** The table row of the group with this Vietnamese name. */
	private static String row(String page, String groupName) {
		int at = page.indexOf("<td lang=\"vi\">" + groupName + "</td>");
		assertThat(at).as(groupName).isPositive();
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}


	/** A plan names the lead of its own year: from 1 March 2025 the Sở Tài chính leads group 1, not the Sở KH&ĐT. */
	@Test
	void aPlanNamesTheLeadOfItsOwnYear() {
		JdbcTemplate jdbc = this.jdbc;
		boolean created = jdbc.update("""
				insert into plans (year, title_vi, title_en) select 2026, 'Kế hoạch 2026 (kiểm thử)', 'Plan 2026 (test)'
				where not exists (select 1 from plans where year = 2026)""") > 0;
		TestPlan2025 plan2025 = new TestPlan2025(jdbc);
		jdbc.update("""
				insert into plan_groups (plan_id, group_id) select p.id, g.id from plans p join cooperation_groups g
				on g.number = 1 where p.year in (2025, 2026) on conflict do nothing""");
		try {
			assertThat(page("/plans/2026")).contains("Chủ trì: Sở Tài chính").doesNotContain("Sở Kế hoạch và Đầu tư");
			assertThat(page("/plans/2025")).contains("Chủ trì: Sở Tài chính", "(đến 28/02/2025: Sở Kế hoạch và Đầu tư)");
			assertThat(page("/plans/2022")).contains("Chủ trì: Sở Kế hoạch và Đầu tư").doesNotContain("Sở Tài chính");
		}
		finally {
			jdbc.update("delete from plan_groups where plan_id in (select id from plans where year = 2025) "
					+ "and group_id = (select id from cooperation_groups where number = 1)");
			plan2025.remove();
			if (created) {
				jdbc.update("delete from plan_groups where plan_id = (select id from plans where year = 2026)");
				jdbc.update("delete from plans where year = 2026");
			}
		}
	}

	private String page(String path) {
		return HtmlUtils.htmlUnescape(new String(this.mvc.get().uri(path).with(this.accounts.as(Role.LEADER)).exchange()
			.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
