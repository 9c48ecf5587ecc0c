package vn.hanoi.cooperation.province;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.department.Departments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Departments and provinces read their merger lineage (the unit and every unit merged into it) from one SQL
 * definition, {@code merged_units}, which follows each table's own successor links only (their ids overlap).
 */
@PortalTest
class MergerLineageTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Departments departments;

	@Autowired
	Provinces provinces;

	@Test
	void theFinanceDepartmentOf2025ActsForBothDepartmentsItWasFormedFrom() {
		assertThat(this.departments.findLineageIds(department("STC_2025")))
			.containsExactlyInAnyOrder(department("STC_2025"), department("SKHDT"), department("STC"));
		assertThat(this.jdbc.queryForList("select merged_units('DEPARTMENT', ?)", Long.class, department("STC_2025")))
			.containsExactlyInAnyOrderElementsOf(this.departments.findLineageIds(department("STC_2025")));
	}

	@Test
	void everyUnitsLineageFollowsItsOwnTablesMergerLinks() {
		assertSameLineage("departments", this.departments::findLineageIds);
		assertSameLineage("provinces", this.provinces::findLineageIds);
	}

	private void assertSameLineage(String table, LongFunction<java.util.List<Long>> lineage) {
		Map<Long, Long> successors = new HashMap<>();
		this.jdbc.queryForList("select id, successor_id from " + table)
			.forEach(row -> successors.put((Long) row.get("id"), (Long) row.get("successor_id")));
		int merged = 0;
		for (Long unit : successors.keySet()) {
			Set<Long> expected = new HashSet<>();
			for (Long member : successors.keySet()) {
				for (Long at = member; at != null; at = successors.get(at)) {
					if (at.equals(unit)) {
						expected.add(member);
						break;
					}
				}
			}
			merged += expected.size() > 1 ? 1 : 0;
			assertThat(lineage.apply(unit)).as("%s %d", table, unit).containsExactlyInAnyOrderElementsOf(expected);
		}
		assertThat(merged).as("units of %s formed by a merger", table).isPositive();
	}

	private Long department(String code) {
		return this.jdbc.queryForObject("select id from departments where code = ?", Long.class, code);
	}

}
