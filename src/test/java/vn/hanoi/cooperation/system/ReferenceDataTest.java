package vn.hanoi.cooperation.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.ReferenceCsv;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrated reference tables hold exactly what shared/data holds (copied under src/test/resources). */
@PortalTest
class ReferenceDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void provincesOf2008To2025MatchTheCsv() {
		List<Map<String, String>> csv = ReferenceCsv.read("provinces_2022.csv");
		Map<String, Map<String, String>> extra = byKey(ReferenceCsv.read("provinces_2022_extra.csv"), "code");
		Map<String, String> merge = ReferenceCsv.read("province_merge_2025.csv")
			.stream()
			.collect(Collectors.toMap(r -> r.get("old_code"), r -> r.get("new_code")));
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select p.code, p.name_vi, p.name_en, p.name_vi_full, p.is_city, p.latitude::text lat, p.longitude::text lon,
				       p.valid_to, s.code successor_code, s.valid_from successor_from
				from provinces p left join provinces s on s.id = p.successor_id
				where p.valid_from = date '2008-08-01' order by p.code""");
		assertThat(rows).hasSize(63).hasSize(csv.size());
		for (int i = 0; i < csv.size(); i++) {
			Map<String, String> expected = csv.get(i);
			Map<String, Object> actual = rows.get(i);
			String code = expected.get("code");
			assertThat(actual.get("code")).isEqualTo(code);
			assertThat(actual.get("name_vi")).isEqualTo(expected.get("name_vi"));
			assertThat(actual.get("name_en")).isEqualTo(expected.get("name_en"));
			assertThat(actual.get("name_vi_full")).isEqualTo(extra.get(code).get("name_vi_full"));
			assertThat(actual.get("is_city")).isEqualTo("1".equals(expected.get("is_city")));
			assertThat(actual.get("lat")).isEqualTo(expected.get("lat"));
			assertThat(actual.get("lon")).isEqualTo(expected.get("lon"));
			assertThat(actual.get("successor_code")).as("successor of %s", code).isEqualTo(merge.get(code));
			assertThat(actual.get("successor_from").toString()).isEqualTo("2025-07-01");
		}
	}

	@Test
	void provincesOf2025MatchTheCsv() {
		List<Map<String, String>> csv = ReferenceCsv.read("provinces_2025.csv");
		Map<String, Map<String, String>> extra = byKey(ReferenceCsv.read("provinces_2025_extra.csv"), "code");
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select code, name_vi, name_en, name_vi_full, is_city, latitude::text lat, longitude::text lon,
				       valid_to, successor_id
				from provinces where valid_from = date '2025-07-01' order by code""");
		assertThat(rows).hasSize(34).hasSize(csv.size());
		for (int i = 0; i < csv.size(); i++) {
			Map<String, String> expected = csv.get(i);
			Map<String, Object> actual = rows.get(i);
			String code = expected.get("code");
			assertThat(actual.get("code")).isEqualTo(code);
			assertThat(actual.get("name_vi")).isEqualTo(expected.get("name_vi"));
			assertThat(actual.get("name_en")).isEqualTo(expected.get("name_en"));
			assertThat(actual.get("name_vi_full")).isEqualTo(extra.get(code).get("name_vi_full"));
			assertThat(actual.get("is_city")).isEqualTo("1".equals(expected.get("is_city")));
			assertThat(actual.get("lat")).isEqualTo(extra.get(code).get("lat"));
			assertThat(actual.get("lon")).isEqualTo(extra.get(code).get("lon"));
			assertThat(actual.get("valid_to")).isNull();
			assertThat(actual.get("successor_id")).isNull();
		}
	}

	@Test
	void eachNewUnitIsFormedFromTheOldUnitsTheCsvNames() {
		for (Map<String, String> unit : ReferenceCsv.read("provinces_2025_extra.csv")) {
			List<String> predecessors = this.jdbc.queryForList("""
					select o.code from provinces o join provinces n on n.id = o.successor_id
					where n.code = ? and n.valid_from = date '2025-07-01' order by o.code""", String.class,
					unit.get("code"));
			assertThat(predecessors).as("units merged into %s", unit.get("code"))
				.containsExactly(unit.get("old_codes").split(" "));
		}
	}

	@Test
	void departmentsOfBothPeriodsMatchTheCsv() {
		List<Map<String, String>> before = ReferenceCsv.read("hanoi_departments.csv");
		List<Map<String, String>> after = ReferenceCsv.read("hanoi_departments_2025.csv");
		Map<String, String> successors = ReferenceCsv.read("hanoi_departments_2022_to_2025.csv")
			.stream()
			.collect(Collectors.toMap(r -> r.get("code_2022"), r -> r.get("code_2025")));
		assertThat(this.jdbc.queryForObject("select count(*) from departments", Integer.class))
			.isEqualTo(before.size() + after.size());
		for (Map<String, String> row : before) {
			Map<String, Object> actual = this.jdbc.queryForMap("""
					select d.name_vi, d.name_en, coalesce(s.code, '') successor
					from departments d left join departments s on s.id = d.successor_id where d.code = ?""",
					row.get("code"));
			assertThat(actual.get("name_vi")).isEqualTo(row.get("name_vi"));
			assertThat(actual.get("name_en")).isEqualTo(row.get("name_en"));
			assertThat(actual.get("successor")).as("successor of %s", row.get("code"))
				.isEqualTo(successors.get(row.get("code")));
		}
		for (Map<String, String> row : after) {
			Map<String, Object> actual = this.jdbc.queryForMap(
					"select name_vi, name_en, valid_from::text valid_from from departments where code = ?",
					row.get("code"));
			assertThat(actual.get("name_vi")).isEqualTo(row.get("name_vi"));
			assertThat(actual.get("name_en")).isEqualTo(row.get("name_en"));
			assertThat(actual.get("valid_from")).isEqualTo("2025-03-01");
		}
	}

	@Test
	void theFifteenGroupsAndTheirLeadDepartmentsMatchTheCsv() {
		List<Map<String, String>> csv = ReferenceCsv.read("cooperation_groups.csv");
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select g.number, g.name_vi, g.name_en, d.code lead from cooperation_groups g
				left join departments d on d.id = g.lead_department_id order by g.number""");
		assertThat(rows).hasSize(15);
		for (int i = 0; i < csv.size(); i++) {
			assertThat(rows.get(i).get("number")).isEqualTo(Integer.valueOf(csv.get(i).get("number")));
			assertThat(rows.get(i).get("name_vi")).isEqualTo(csv.get(i).get("name_vi"));
			assertThat(rows.get(i).get("name_en")).isEqualTo(csv.get(i).get("name_en"));
			assertThat(rows.get(i).get("lead")).isEqualTo(csv.get(i).get("lead_department_code"));
		}
	}

	@Test
	void plan2022HasAllFifteenGroupsAndPlan2021ReportsSevenUnnamedOnes() {
		Map<String, Object> plan2022 = this.jdbc.queryForMap(
				"select id, number, issued_on::text issued_on from plans where year = 2022");
		assertThat(plan2022.get("number")).isEqualTo("188/KH-UBND");
		assertThat(plan2022.get("issued_on")).isEqualTo("2022-07-06");
		assertThat(this.jdbc.queryForObject("select count(*) from plan_groups where plan_id = ?", Integer.class,
				plan2022.get("id")))
			.isEqualTo(15);

		Map<String, Object> plan2021 = this.jdbc.queryForMap(
				"select id, reported_group_count, summary_vi from plans where year = 2021");
		assertThat(plan2021.get("reported_group_count")).isEqualTo(7);
		assertThat(this.jdbc.queryForObject("select count(*) from plan_groups where plan_id = ?", Integer.class,
				plan2021.get("id")))
			.as("the article does not name 2021's groups")
			.isZero();
		assertThat((String) plan2021.get("summary_vi")).contains("144 tỷ đồng", "trên 300.000 tấn", "2.818",
				"1.979", "803 lao động");
	}

	private static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String key) {
		return rows.stream().collect(Collectors.toMap(r -> r.get(key), r -> r));
	}

}
