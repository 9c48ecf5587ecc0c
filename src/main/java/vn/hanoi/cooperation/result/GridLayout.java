package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.province.Province;

/**
 * Lays out a department's grid for a year in a fixed number of queries: the indicators it reports (those with
 * figures of it or its predecessors this year or last, and those of the groups it leads), each with a total row
 * and a row per province it reported on (still a province in that year), and last year's figure beside each. A
 * row's figure is the department's own; its predecessors' figures of the year are shown beside it, read-only.
 */
@Component
class GridLayout {

	private final YearlyResults results;

	private final Indicators indicators;

	private final Departments departments;

	private final GroupYearNarratives narratives;

	private final ResultAccess access;

	GridLayout(YearlyResults results, Indicators indicators, Departments departments, GroupYearNarratives narratives,
			ResultAccess access) {
		this.results = results;
		this.indicators = indicators;
		this.departments = departments;
		this.narratives = narratives;
		this.access = access;
	}

	ResultGrid layOut(Department department, int year, boolean locked, Viewer viewer) {
		List<Long> lineage = this.departments.findLineageIds(department.getId());
		Map<Long, Indicator> reported = new HashMap<>();
		this.indicators.findOfGroupsLedBy(lineage).forEach(i -> reported.put(i.getId(), i));
		Map<String, YearlyResult> current = new HashMap<>();
		Map<String, List<YearlyResult>> predecessors = new HashMap<>();
		Map<String, BigDecimal> lastYear = new HashMap<>();
		// Last year's figures that include a lower bound ("trên 310.000"), so the grid never shows them as exact.
		Set<String> lastYearLowerBounds = new HashSet<>();
		Map<Long, Map<Long, Province>> provincesOf = new HashMap<>();
		Map<String, YearlyResult> ownRunningTotals = new HashMap<>();
		for (YearlyResult r : this.results.findOfDepartments(lineage, year - 1, year)) {
			Indicator indicator = r.getIndicator();
			reported.putIfAbsent(indicator.getId(), indicator);
			String key = key(indicator, r.getProvince());
			if (r.getYear() == year && isOf(r, department)) {
				current.put(key, r);
			}
			else if (r.getYear() == year) {
				// A predecessor's figure of the year (Jan-Feb 2025) is its own row, not this department's: the city's
				// figure adds or covers the two (README "A running total across the 2025 department mergers").
				predecessors.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
			}
			else if (r.getYear() == year - 1 && r.getActual() != null) {
				// Predecessors' figures of the same row add up; a rate keeps the first one found.
				lastYear.merge(key, r.getActual(),
						(a, b) -> indicator.getAggregation() == Aggregation.AVERAGE ? a : a.add(b));
				if (r.isActualLowerBound()) {
					lastYearLowerBounds.add(key);
				}
				if (indicator.getAggregation() == Aggregation.LAST && isOf(r, department)) {
					ownRunningTotals.put(key, r);
				}
			}
			Province province = r.getProvince();
			if (province != null && (r.getYear() == year || ResultFormValidator.activeDuring(province, year))) {
				provincesOf.computeIfAbsent(indicator.getId(), id -> new TreeMap<>()).put(province.getId(), province);
			}
		}
		// A running total of the department's own already holds its predecessors' stock of that year (2025's
		// 8 of Sở Nông nghiệp và Môi trường over Sở NN&PTNT's 5), as the city's figure counts it (V100, V101).
		ownRunningTotals.forEach((key, own) -> {
			lastYear.put(key, own.getActual());
			if (own.isActualLowerBound()) {
				lastYearLowerBounds.add(key);
			}
			else {
				lastYearLowerBounds.remove(key);
			}
		});
		Map<Long, GroupYearNarrative> narrativeOf = new HashMap<>();
		this.narratives.findByYear(year).forEach(n -> narrativeOf.put(n.getGroup().getId(), n));

		Map<CooperationGroup, List<GridRow>> rowsOf = new LinkedHashMap<>();
		reported.values()
			.stream()
			.sorted(Comparator.comparing((Indicator i) -> i.getGroup().getNumber()).thenComparing(Indicator::getCode))
			.forEach(indicator -> {
				List<GridRow> rows = rowsOf.computeIfAbsent(indicator.getGroup(), g -> new ArrayList<>());
				rows.add(row(indicator, null, current, predecessors, lastYear, lastYearLowerBounds));
				provincesOf.getOrDefault(indicator.getId(), Map.of())
					.values()
					.stream()
					.sorted(Comparator.comparing(Province::getNameVi))
					.forEach(p -> rows.add(row(indicator, p, current, predecessors, lastYear, lastYearLowerBounds)));
			});
		List<ResultGrid.Group> groups = new ArrayList<>();
		rowsOf.forEach((group, rows) -> groups.add(new ResultGrid.Group(group, narrativeOf.get(group.getId()),
				this.access.canWriteNarrative(viewer, group), rows)));
		boolean writable = !locked && viewer.is(Role.STAFF) && viewer.actsFor(department.getId())
				&& ResultFormValidator.activeDuring(department, year);
		return new ResultGrid(department, year, locked, writable, groups);
	}

	private static GridRow row(Indicator indicator, Province province, Map<String, YearlyResult> current,
			Map<String, List<YearlyResult>> predecessors, Map<String, BigDecimal> lastYear,
			Set<String> lastYearLowerBounds) {
		String key = key(indicator, province);
		List<YearlyResult> beside = predecessors.getOrDefault(key, List.of())
			.stream()
			.sorted(Comparator.comparing((YearlyResult r) -> r.getDepartment().getNameVi())
				.thenComparing(YearlyResult::getId))
			.toList();
		return new GridRow(indicator, province, current.get(key), beside, lastYear.get(key),
				lastYearLowerBounds.contains(key));
	}

	private static boolean isOf(YearlyResult result, Department department) {
		return result.getDepartment().getId().equals(department.getId());
	}

	static String key(Indicator indicator, Province province) {
		return indicator.getId() + "-" + (province == null ? 0 : Objects.requireNonNull(province.getId()));
	}

}
