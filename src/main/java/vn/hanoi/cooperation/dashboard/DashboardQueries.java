package vn.hanoi.cooperation.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivitySearch;
import vn.hanoi.cooperation.activity.DeadlineStatus;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.ProvinceLineage;
import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.result.CityFigures;
import vn.hanoi.cooperation.result.IndicatorUnit;
import vn.hanoi.cooperation.result.UnitOfMeasure;

/**
 * The dashboard's figures, each aggregated in SQL: a dozen statements whatever the number of records. A
 * province officer's figures count only the activities shared with their province, and their map shows only
 * their own units. The figures are the same for every Hanoi role; the staff's own department is marked by
 * {@link Dashboard#markingOwn}.
 */
@Repository
class DashboardQueries {

	private final EntityManager entityManager;

	private final Provinces provinces;

	DashboardQueries(EntityManager entityManager, Provinces provinces) {
		this.entityManager = entityManager;
		this.provinces = provinces;
	}

	@Transactional(readOnly = true)
	Dashboard build(int year, ProvincePeriod map, Viewer viewer, LocalDate today) {
		return build(year, map, viewer, today, null);
	}

	@Transactional(readOnly = true)
	Dashboard build(int year, ProvincePeriod map, Viewer viewer, LocalDate today, Long colourBy) {
		Map<Integer, StatusCounts> byYear = countsByYear(viewer, today);
		List<Dashboard.GroupRow> groups = groups(year, viewer, today);
		List<Dashboard.DepartmentRow> departments = departments(year, viewer, today);
		List<Dashboard.OverdueActivity> overdue = mostOverdue(year, viewer, today);
		Map<Integer, Long> engaged = provincesEngaged(year, viewer);
		List<Dashboard.IndicatorChoice> indicators = provinceIndicators();
		Long indicator = indicators.stream().anyMatch(i -> i.id().equals(colourBy)) ? colourBy : null;
		List<ProvinceTile> tiles = tiles(year, map, viewer, indicator);
		Map<Integer, Long> agreements = agreementsInForce(year, viewer, today);
		List<Dashboard.TrendPoint> trend = byYear.entrySet()
			.stream()
			.filter(e -> e.getKey() <= Math.max(year, today.getYear()))
			.map(e -> new Dashboard.TrendPoint(e.getKey(), e.getValue()))
			.toList();
		List<Integer> years = new ArrayList<>(byYear.keySet());
		java.util.Collections.reverse(years);
		return new Dashboard(year, years,
				byYear.getOrDefault(year, new StatusCounts()), byYear.getOrDefault(year - 1, new StatusCounts()),
				engaged.getOrDefault(year, 0L), engaged.getOrDefault(year - 1, 0L), groups, departments, overdue, tiles,
				map, tiles.stream().mapToLong(ProvinceTile::count).max().orElse(0), trend,
				agreements.getOrDefault(year, 0L), agreements.getOrDefault(year - 1, 0L), keyIndicators(year, viewer),
				indicatorTrends(viewer), indicators, indicator);
	}

	/** Every plan year from 2021, even one without activities, so the trend has no holes. */
	private Map<Integer, StatusCounts> countsByYear(Viewer viewer, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		String sql = """
				select p.year, x.ds, coalesce(x.n, 0)
				from plans p left join (
				  select a.plan_id, %s as ds, count(*) as n from activities a where %s group by 1, 2
				) x on x.plan_id = p.id
				order by p.year""".formatted(ActivitySearch.DEADLINE_STATUS_SQL,
				ActivitySearch.readableBy(viewer, parameters));
		parameters.put("today", today);
		Map<Integer, StatusCounts> counts = new TreeMap<>();
		for (Object[] row : list(sql, parameters)) {
			StatusCounts year = counts.computeIfAbsent(((Number) row[0]).intValue(), y -> new StatusCounts());
			if (row[1] != null) {
				year.add(DeadlineStatus.valueOf((String) row[1]), ((Number) row[2]).longValue());
			}
		}
		return counts;
	}

	private List<Dashboard.GroupRow> groups(int year, Viewer viewer, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		String sql = """
				select g.id, g.number, g.name_vi, g.name_en, x.ds, coalesce(x.n, 0)
				from cooperation_groups g left join (
				  select a.group_id, %s as ds, count(*) as n
				  from activities a join plans p on p.id = a.plan_id
				  where p.year = :year and %s group by 1, 2
				) x on x.group_id = g.id
				order by g.number""".formatted(ActivitySearch.DEADLINE_STATUS_SQL,
				ActivitySearch.readableBy(viewer, parameters));
		parameters.put("today", today);
		parameters.put("year", year);
		Map<Long, Dashboard.GroupRow> rows = new LinkedHashMap<>();
		for (Object[] row : list(sql, parameters)) {
			Dashboard.GroupRow group = rows.computeIfAbsent(((Number) row[0]).longValue(),
					id -> new Dashboard.GroupRow(id, ((Number) row[1]).intValue(), (String) row[2], (String) row[3],
							new StatusCounts()));
			if (row[4] != null) {
				group.counts().add(DeadlineStatus.valueOf((String) row[4]), ((Number) row[5]).longValue());
			}
		}
		return new ArrayList<>(rows.values());
	}

	private List<Dashboard.DepartmentRow> departments(int year, Viewer viewer, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		String sql = """
				select d.id, d.name_vi, d.name_en, %s as ds, count(*)
				from activities a join plans p on p.id = a.plan_id join departments d on d.id = a.lead_department_id
				where p.year = :year and %s
				group by 1, 2, 3, 4""".formatted(ActivitySearch.DEADLINE_STATUS_SQL,
				ActivitySearch.readableBy(viewer, parameters));
		parameters.put("today", today);
		parameters.put("year", year);
		Map<Long, Dashboard.DepartmentRow> rows = new LinkedHashMap<>();
		for (Object[] row : list(sql, parameters)) {
			Long id = ((Number) row[0]).longValue();
			Dashboard.DepartmentRow department = rows.computeIfAbsent(id,
					key -> new Dashboard.DepartmentRow(key, (String) row[1], (String) row[2], new StatusCounts(), false));
			department.counts().add(DeadlineStatus.valueOf((String) row[3]), ((Number) row[4]).longValue());
		}
		List<Dashboard.DepartmentRow> sorted = new ArrayList<>(rows.values());
		// Most overdue first, then the busiest: the order a leader asks about.
		sorted.sort((a, b) -> a.counts().overdue() != b.counts().overdue()
				? Long.compare(b.counts().overdue(), a.counts().overdue())
				: Long.compare(b.counts().total(), a.counts().total()));
		return sorted;
	}

	private List<Dashboard.OverdueActivity> mostOverdue(int year, Viewer viewer, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		String sql = """
				select a.id, a.title, d.name_vi, d.name_en, (:today - a.deadline)
				from activities a join plans p on p.id = a.plan_id join departments d on d.id = a.lead_department_id
				where p.year = :year and a.status in ('PLANNED', 'IN_PROGRESS', 'SUSPENDED') and a.deadline < :today
				  and %s
				order by a.deadline, a.id limit 10""".formatted(ActivitySearch.readableBy(viewer, parameters));
		parameters.put("today", today);
		parameters.put("year", year);
		return list(sql, parameters).stream()
			.map(r -> new Dashboard.OverdueActivity(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
					(String) r[3], ((Number) r[4]).longValue()))
			.toList();
	}

	/**
	 * Distinct provinces of today's map (older units rolled up into their successor), this year and last, that
	 * an activity carried out (not cancelled) names.
	 */
	private Map<Integer, Long> provincesEngaged(int year, Viewer viewer) {
		Map<String, Object> parameters = new HashMap<>();
		String sql = """
				select p.year, count(distinct t.id)
				from activities a join plans p on p.id = a.plan_id
				join activity_partner_provinces ap on ap.activity_id = a.id
				join provinces pr on pr.id = ap.province_id
				%s
				where p.year in (:year, :previous) and %s and %s %s
				group by 1""".formatted(ProvinceLineage.joinUnitOnMap("t", "pr"), ActivitySearch.CARRIED_OUT_SQL,
				ActivitySearch.readableBy(viewer, parameters), ownProvinces(viewer));
		parameters.put(ProvinceLineage.MAP_DAY, ProvincePeriod.UNITS_2025.firstDay());
		parameters.put("year", year);
		parameters.put("previous", year - 1);
		Map<Integer, Long> counts = new HashMap<>();
		for (Object[] row : list(sql, parameters)) {
			counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * Activities carried out (cancelled ones are not) per province tile, each counted on the units of the map it
	 * stands for through the merger links ({@link ProvinceLineage}): a pre-merger unit for its successor on the
	 * 34-unit map, a 2025 unit for every unit it was formed from on the 63-unit map.
	 */
	private List<ProvinceTile> tiles(int year, ProvincePeriod map, Viewer viewer, Long indicator) {
		Map<String, Object> parameters = new HashMap<>();
		String unit = ProvinceLineage.joinUnitOnMap("t", "pr");
		String sql = indicator == null ? """
				select t.id as unit, count(distinct a.id)
				from activities a join plans p on p.id = a.plan_id
				join activity_partner_provinces ap on ap.activity_id = a.id
				join provinces pr on pr.id = ap.province_id
				%s
				where p.year = :year and %s and %s %s
				group by 1""".formatted(unit, ActivitySearch.CARRIED_OUT_SQL, ActivitySearch.readableBy(viewer, parameters),
						ownProvinces(viewer))
				// Colouring by an indicator: the approved actuals reported for each province, combined by the
				// indicator's aggregation (a rate is averaged, never added up), rounded for the legend.
				: """
				select t.id as unit, round(figure_of_parts(i.aggregation, sum(r.actual), avg(r.actual)))
				from yearly_results r join provinces pr on pr.id = r.province_id join indicators i on i.id = r.indicator_id
				%s
				where r.year = :year and r.status = 'APPROVED' and r.indicator_id = :indicator %s
				group by 1, i.aggregation""".formatted(unit, viewer.isProvince() ? "and r.province_id in (:viewerProvinces)" : "");
		parameters.put(ProvinceLineage.MAP_DAY, map.firstDay());
		if (indicator != null) {
			parameters.put("indicator", indicator);
			if (viewer.isProvince()) {
				parameters.put("viewerProvinces", ActivitySearch.nonEmpty(viewer.provinceLineage()));
			}
		}
		parameters.put("year", year);
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : list(sql, parameters)) {
			if (row[0] != null) {
				counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
			}
		}
		List<Province> units = this.provinces.findByValidFromOrderByName(map.firstDay());
		Map<Long, TileGrid.Cell> cells = TileGrid.layout(units);
		Map<Long, String> names = TileNames.of(units);
		long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
		return units.stream().map(p -> {
			TileGrid.Cell cell = cells.get(p.getId());
			long count = counts.getOrDefault(p.getId(), 0L);
			int shade = count == 0 ? 0 : (int) Math.max(1, Math.ceil(5.0 * count / max));
			// A province officer opens only their own units' pages: the other tiles are not links.
			boolean linked = !viewer.isProvince() || viewer.provinceLineage().contains(p.getId());
			return new ProvinceTile(p.getId(), p.getCode(), p.getNameVi(), p.getNameEn(), names.get(p.getId()),
					cell.column(), cell.row(), count, shade, linked);
		}).toList();
	}

	/** Agreements in force on the last day of the year (today, for the current year), this year and last. */
	private Map<Integer, Long> agreementsInForce(int year, Viewer viewer, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		String restriction = viewer.isProvince() ? """
				and a.shared_with_provinces and exists (select 1 from agreement_provinces vp
				  where vp.agreement_id = a.id and vp.province_id in (:viewerProvinces))""" : "";
		if (viewer.isProvince()) {
			parameters.put("viewerProvinces", ActivitySearch.nonEmpty(viewer.provinceLineage()));
		}
		String sql = """
				select d.year, count(a.id)
				from (values (:year, cast(:day as date)), (:previous, cast(:previousDay as date))) as d(year, day)
				left join agreements a on coalesce(a.valid_from, a.signed_on) <= d.day
				  and (a.valid_to is null or a.valid_to >= d.day)
				  and (a.terminated_on is null or a.terminated_on > d.day) %s
				group by d.year""".formatted(restriction);
		parameters.put("year", year);
		parameters.put("previous", year - 1);
		parameters.put("day", min(LocalDate.of(year, 12, 31), today));
		parameters.put("previousDay", min(LocalDate.of(year - 1, 12, 31), today));
		Map<Integer, Long> counts = new HashMap<>();
		for (Object[] row : list(sql, parameters)) {
			counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * Each group's key indicator (its first in the catalogue) with the year's approved figures, by the one rule of
	 * {@link CityFigures}. A province officer counts only figures about their units.
	 */
	private List<KeyIndicator> keyIndicators(int year, Viewer viewer) {
		Map<String, Object> parameters = new HashMap<>();
		CityFigures.bind(parameters, viewer, false);
		String sql = """
				with key as (select distinct on (group_id) id, group_id, name_vi, name_en, unit,
				                    count_noun_vi, count_noun_en
				             from indicators order by group_id, id)
				select g.id, g.number, k.id, k.name_vi, k.name_en, k.unit, f.target, f.actual,
				       coalesce(f.actual_is_lower_bound, false), k.count_noun_vi, k.count_noun_en
				from cooperation_groups g join key k on k.group_id = g.id
				left join %s f on f.indicator_id = k.id and f.year = :year
				order by g.number""".formatted(CityFigures.TABLE);
		parameters.put("year", year);
		return list(sql, parameters).stream()
			.map(r -> new KeyIndicator(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
					((Number) r[2]).longValue(), (String) r[3], (String) r[4],
					unit(r[5], r[9], r[10]), decimal(r[6]), decimal(r[7]),
					Boolean.TRUE.equals(r[8])))
			.toList();
	}

	/** The indicators with a 2021 baseline, and their approved actual every year since (city-wide figures). */
	private List<IndicatorTrend> indicatorTrends(Viewer viewer) {
		if (viewer.isProvince()) {
			// City-wide totals are not about any one province.
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>();
		CityFigures.bind(parameters, viewer, false);
		String sql = """
				select i.id, i.name_vi, i.name_en, i.unit, f.year, f.actual, f.actual_is_lower_bound, i.count_noun_vi,
				       i.count_noun_en
				from indicators i join %s f on f.indicator_id = i.id
				where f.actual is not null
				  and exists (select 1 from yearly_results b where b.indicator_id = i.id and b.year = 2021)
				order by i.id, f.year""".formatted(CityFigures.TABLE);
		Map<Long, IndicatorTrend> trends = new LinkedHashMap<>();
		for (Object[] r : list(sql, parameters)) {
			IndicatorTrend trend = trends.computeIfAbsent(((Number) r[0]).longValue(),
					id -> new IndicatorTrend(id, (String) r[1], (String) r[2],
							unit(r[3], r[7], r[8]), new TreeMap<>(),
							new java.util.TreeSet<>()));
			int year = ((Number) r[4]).intValue();
			trend.actualByYear().put(year, decimal(r[5]));
			if (Boolean.TRUE.equals(r[6])) {
				trend.lowerBoundYears().add(year);
			}
		}
		return new ArrayList<>(trends.values());
	}

	/** Indicators reported per province, which the map can be coloured by. */
	private List<Dashboard.IndicatorChoice> provinceIndicators() {
		String sql = """
				select i.id, i.name_vi, i.name_en from indicators i
				where exists (select 1 from yearly_results r where r.indicator_id = i.id and r.province_id is not null)
				order by i.id""";
		return list(sql, new HashMap<>()).stream()
			.map(r -> new Dashboard.IndicatorChoice(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
			.toList();
	}

	private static UnitOfMeasure unit(Object kind, Object countNounVi, Object countNounEn) {
		return new UnitOfMeasure(IndicatorUnit.valueOf((String) kind), (String) countNounVi, (String) countNounEn);
	}

	private static java.math.BigDecimal decimal(Object value) {
		return value == null ? null : new java.math.BigDecimal(value.toString()).stripTrailingZeros();
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static String ownProvinces(Viewer viewer) {
		// The viewer's lineage is already bound by readableBy when the viewer is a province officer.
		return viewer.isProvince() ? "and ap.province_id in (:viewerProvinces)" : "";
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> list(String sql, Map<String, Object> parameters) {
		Query query = this.entityManager.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		return query.getResultList();
	}

}
