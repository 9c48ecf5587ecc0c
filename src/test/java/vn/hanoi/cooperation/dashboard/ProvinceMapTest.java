package vn.hanoi.cooperation.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.ReferenceCsv;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.TestPlan2025;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.account.Viewers;
import vn.hanoi.cooperation.province.ProvincePeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province map of a year that spans the 1 July 2025 merger: each record counts on the units it stands for
 * through the merger links (expected figures derived from the reference CSVs), each tile has a short name of its
 * own, and a province officer's map links only to pages they may open.
 */
@PortalTest
class ProvinceMapTest {

	private static final String MARK = "MAP ";

	private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

	/** The activities of the fixture: the unit each names, as code@first day of its map. */
	private static final List<String> NAMED = List.of("91@2008-08-01", "91@2025-07-01", "15@2025-07-01",
			"11@2025-07-01");

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

	TestPlan2025 plan2025;

	@BeforeEach
	void seed() {
		this.plan2025 = new TestPlan2025(this.jdbc);
		// Kiên Giang in March 2025, before the merger; An Giang, Lào Cai and Điện Biên (not merged) after it.
		insert("Kiên Giang tháng 3", "2025-03-10", NAMED.get(0));
		insert("An Giang tháng 9", "2025-09-01", NAMED.get(1));
		insert("Lào Cai tháng 9", "2025-09-01", NAMED.get(2));
		insert("Điện Biên tháng 9", "2025-09-01", NAMED.get(3));
	}

	@AfterEach
	void clean() {
		this.jdbc.update("delete from activities where title like ?", MARK + "%");
		this.plan2025.remove();
	}

	@Test
	void aNewUnitCountsOnTheOldMapForEveryUnitItWasFormedFromAndAnOldOneForItsSuccessor() {
		Map<String, Long> oldMap = counts(this.queries.build(2025, ProvincePeriod.UNITS_2008, leader(), TODAY));
		Map<String, Long> newMap = counts(this.queries.build(2025, ProvincePeriod.UNITS_2025, leader(), TODAY));
		assertThat(oldMap).isEqualTo(expected(ProvincePeriod.UNITS_2008));
		assertThat(newMap).isEqualTo(expected(ProvincePeriod.UNITS_2025));
		// By hand: the new An Giang (code 91) is An Giang (89) and Kiên Giang (91); the new Lào Cai (code 15) is Lào
		// Cai (10) and Yên Bái (15); Điện Biên (11) was not merged.
		assertThat(oldMap).containsEntry("89", 1L).containsEntry("91", 2L).containsEntry("10", 1L)
			.containsEntry("15", 1L).containsEntry("11", 1L).hasSize(5);
		assertThat(newMap).containsEntry("91", 2L).containsEntry("15", 1L).containsEntry("11", 1L).hasSize(3);
		assertThat(page(this.accounts.as(Role.LEADER), 2025, ProvincePeriod.UNITS_2008))
			.contains("aria-label=\"An Giang: 1 hoạt động\"", "aria-label=\"Kiên Giang: 2 hoạt động\"",
					"aria-label=\"Lào Cai: 1 hoạt động\"", "aria-label=\"Yên Bái: 1 hoạt động\"");
	}

	@Test
	void everyTileHasAShortNameOfItsOwnAndItsFullNameForScreenReadersAndOnHover() {
		for (ProvincePeriod map : ProvincePeriod.values()) {
			List<ProvinceTile> tiles = this.queries.build(2025, map, leader(), TODAY).tiles();
			Set<String> names = referenceNames(map);
			assertThat(tiles).extracting(ProvinceTile::nameVi).containsExactlyInAnyOrderElementsOf(names);
			assertThat(tiles.stream().map(ProvinceTile::abbreviation).distinct().count()).as("distinct short names")
				.isEqualTo(tiles.size());
			String html = page(this.accounts.as(Role.LEADER), 2025, map);
			for (ProvinceTile tile : tiles) {
				String label = tile.nameVi() + ": " + tile.figure() + " hoạt động";
				assertThat(html).contains("aria-label=\"" + label + "\"", "<title>" + label + "</title>");
			}
		}
		// By hand: the city keeps the initials everyone knows; the others take a letter that tells them apart.
		assertThat(shortNames(ProvincePeriod.UNITS_2025)).containsEntry("Hà Nội", "HN")
			.containsEntry("Đà Nẵng", "ĐN")
			.containsEntry("Đồng Nai", "ĐNa")
			.containsEntry("Lào Cai", "LCa")
			.containsEntry("Lai Châu", "LCh")
			.containsEntry("TP. Hồ Chí Minh", "HCM");
		assertThat(shortNames(ProvincePeriod.UNITS_2008)).containsEntry("Hà Nội", "HN")
			.containsEntry("Hà Nam", "HNa")
			.containsEntry("Hà Giang", "HàG")
			.containsEntry("Hậu Giang", "HậG")
			.containsEntry("Quảng Ninh", "QNi")
			.containsEntry("Quảng Nam", "QNa")
			.containsEntry("Quảng Ngãi", "QNg");
	}

	private Map<String, String> shortNames(ProvincePeriod map) {
		return this.queries.build(2025, map, leader(), TODAY)
			.tiles()
			.stream()
			.collect(Collectors.toMap(ProvinceTile::nameVi, ProvinceTile::abbreviation));
	}

	@Test
	void aProvinceOfficersDashboardLinksOnlyToPagesTheyMayOpen() {
		RequestPostProcessor dienBien = this.accounts.as(Role.PROVINCE);
		for (ProvincePeriod map : ProvincePeriod.values()) {
			for (int year : List.of(2022, 2025)) {
				Set<String> links = links(page(dienBien, year, map));
				assertThat(links).as("links to province pages on %s %d", map, year)
					.filteredOn(link -> link.startsWith("/provinces/"))
					.hasSize(1);
				for (String link : links) {
					assertThat(statusAfterRedirects(link, dienBien)).as(link).isEqualTo(200);
				}
			}
		}
		// Hanoi's users still get a link on every tile.
		assertThat(links(page(this.accounts.as(Role.LEADER), 2025, ProvincePeriod.UNITS_2025)))
			.filteredOn(link -> link.startsWith("/provinces/"))
			.hasSize(34);
	}

	/** The status of the page a link ends on (the home page sends a province officer to their province). */
	private int statusAfterRedirects(String link, RequestPostProcessor user) {
		String location = link;
		for (int hop = 0; hop < 3; hop++) {
			var response = this.mvc.get().uri(location).with(user).exchange().getResponse();
			if (response.getStatus() / 100 != 3) {
				return response.getStatus();
			}
			location = response.getRedirectedUrl();
		}
		return 310;
	}

	/** The count each tile of the map must show, from the merger table of the reference data alone. */
	private static Map<String, Long> expected(ProvincePeriod map) {
		Map<String, String> successor = new HashMap<>();
		for (Map<String, String> row : ReferenceCsv.read("province_merge_2025.csv")) {
			successor.put(row.get("old_code"), row.get("new_code"));
		}
		Map<String, Long> counts = new HashMap<>();
		for (String named : NAMED) {
			String code = named.split("@")[0];
			boolean old = named.endsWith("2008-08-01");
			Set<String> tiles = new LinkedHashSet<>();
			if (map == ProvincePeriod.UNITS_2025) {
				tiles.add(old ? successor.get(code) : code);
			}
			else if (old) {
				tiles.add(code);
			}
			else {
				successor.forEach((oldCode, newCode) -> {
					if (newCode.equals(code)) {
						tiles.add(oldCode);
					}
				});
			}
			tiles.forEach(tile -> counts.merge(tile, 1L, Long::sum));
		}
		return counts;
	}

	private static Set<String> referenceNames(ProvincePeriod map) {
		String file = map == ProvincePeriod.UNITS_2025 ? "provinces_2025.csv" : "provinces_2022.csv";
		return ReferenceCsv.read(file).stream().map(row -> row.get("name_vi")).collect(Collectors.toSet());
	}

	private static Set<String> links(String html) {
		Set<String> links = new LinkedHashSet<>();
		Matcher matcher = Pattern.compile("href=\"(/[^\"#]*)").matcher(html);
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

	private String page(RequestPostProcessor user, int year, ProvincePeriod map) {
		var result = this.mvc.get().uri("/dashboard?year={year}&map={map}", year, map).with(user).exchange();
		assertThat(result).hasStatusOk();
		return HtmlUtils.htmlUnescape(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private Viewer leader() {
		return this.viewers.of(this.accounts.principal(Role.LEADER));
	}

	private static Map<String, Long> counts(Dashboard dashboard) {
		return dashboard.tiles()
			.stream()
			.filter(ProvinceTile::shown)
			.collect(Collectors.toMap(ProvinceTile::code, t -> t.figure().longValueExact()));
	}

	private void insert(String name, String start, String province) {
		Long id = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, planned_start, deadline,
				                        shared_with_provinces)
				select p.id, g.id, d.id, ?, 'IN_PROGRESS', ?::date, ?::date + 30, true from plans p
				join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT_2025'
				where p.year = 2025 returning id""", Long.class, MARK + name, start, start);
		String[] codeAndMap = province.split("@");
		this.jdbc.update("""
				insert into activity_partner_provinces (activity_id, province_id)
				select ?, id from provinces where code = ? and valid_from = ?::date""", id, codeAndMap[0],
				codeAndMap[1]);
	}

}
