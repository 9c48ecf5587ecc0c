package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.system.VietnameseOrder;

/**
 * Builds the year view with a fixed number of statements whatever the data size: each indicator's figure per year
 * comes from {@link CityFigures} (a department's total, or its province rows where it has none), and the
 * breakdown by province ("trong đó") from the province rows; {@link FigureSeries} compares the years.
 * The read rule is the one {@link ResultAccess#canRead} states: a province sees its own approved figures only.
 * The province breakdown rolls a unit merged during or before the year up to its successor, so that a 2025
 * province is compared with the figures of the provinces it was formed from.
 */
@Repository
public class ResultYearReport {

	/** A province's own rows, combined by the indicator's aggregation (V67's {@code figure_of_parts}). */
	private static final String PROVINCE_FIGURES = """
			figure_of_parts(i.aggregation, sum(r.target), avg(r.target)),
			figure_of_parts(i.aggregation, sum(r.actual), avg(r.actual)),
			coalesce(bool_or(r.actual_is_lower_bound), false),
			coalesce(bool_or(exists (select 1 from province_confirmations pc
			                         where pc.result_id = r.id and pc.status = 'DISPUTED')), false)""";

	private final EntityManager entityManager;

	private final Indicators indicators;

	private final CooperationGroups groups;

	private final GroupYearNarratives narratives;

	ResultYearReport(EntityManager entityManager, Indicators indicators, CooperationGroups groups,
			GroupYearNarratives narratives) {
		this.entityManager = entityManager;
		this.indicators = indicators;
		this.groups = groups;
		this.narratives = narratives;
	}

	/** The year's report; {@code includeUnapproved} adds drafts and submitted figures (never for a province). */
	@Transactional(readOnly = true)
	public YearReport build(int year, Viewer viewer, boolean includeUnapproved) {
		boolean all = includeUnapproved && !viewer.isProvince();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("year", year);
		parameters.put("all", all);
		String viewerRule = "";
		if (viewer.isProvince()) {
			viewerRule = " and r.province_id in (:viewerProvinces)";
			parameters.put("viewerProvinces", nonEmpty(viewer.provinceLineage()));
		}

		Map<Long, FigureSeries> totals = new HashMap<>();
		Map<Long, Map<Long, FigureSeries>> byProvince = new HashMap<>();
		Map<Long, String[]> provinceNames = new HashMap<>();
		Map<Long, Map<Integer, Integer>> pending = new HashMap<>();
		List<Indicator> catalogue = this.indicators.findAllOrdered();
		Map<Long, Indicator> indicatorsById = new HashMap<>();
		catalogue.forEach(i -> indicatorsById.put(i.getId(), i));

		// The city's figures: a department's total and its breakdown by province are not added together.
		Map<String, Object> cityParameters = new HashMap<>();
		cityParameters.put("year", year);
		CityFigures.bind(cityParameters, viewer, all);
		for (Object[] row : rows("""
				select f.indicator_id, f.year, f.target, f.actual, f.actual_is_lower_bound, f.disputed
				  from %s f
				 where f.year <= :year""".formatted(CityFigures.TABLE), cityParameters)) {
			Indicator indicator = indicatorsById.get(((Number) row[0]).longValue());
			totals.computeIfAbsent(indicator.getId(), id -> series(indicator))
				.put(((Number) row[1]).intValue(), figures(row, 2));
		}
		// Unapproved figures of the year, counted even when they are left out of the totals.
		if (!viewer.isProvince()) {
			for (Object[] row : rows("""
					select r.indicator_id, count(*) from yearly_results r
					 where r.year = :year and r.status <> 'APPROVED' group by r.indicator_id""", Map.of("year", year))) {
				pending.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
					.put(year, ((Number) row[1]).intValue());
			}
		}
		for (Object[] row : rows("""
				select r.indicator_id, r.year, u.id, u.name_vi, u.name_en, %s
				  from yearly_results r
				  join indicators i on i.id = r.indicator_id
				  join provinces p on p.id = r.province_id
				  join provinces u on u.id = case when p.valid_to < make_date(:year, 12, 31)
				                                  then coalesce(p.successor_id, p.id) else p.id end
				 where r.year <= :year%s
				   and (r.status = 'APPROVED' or :all)
				 group by r.indicator_id, r.year, u.id, u.name_vi, u.name_en, i.aggregation"""
					.formatted(PROVINCE_FIGURES, viewerRule),
				parameters)) {
			Indicator indicator = indicatorsById.get(((Number) row[0]).longValue());
			Long provinceId = ((Number) row[2]).longValue();
			provinceNames.put(provinceId, new String[] { (String) row[3], (String) row[4] });
			byProvince.computeIfAbsent(indicator.getId(), id -> new LinkedHashMap<>())
				.computeIfAbsent(provinceId, id -> series(indicator))
				.put(((Number) row[1]).intValue(), figures(row, 5));
		}

		Map<Long, GroupYearNarrative> narrativeByGroup = new HashMap<>();
		if (!viewer.isProvince()) {
			this.narratives.findByYear(year).forEach(n -> narrativeByGroup.put(n.getGroup().getId(), n));
		}
		Map<Long, List<YearReport.IndicatorLine>> linesByGroup = new LinkedHashMap<>();
		for (Indicator indicator : catalogue) {
			FigureSeries series = totals.get(indicator.getId());
			int pendingCount = pending.getOrDefault(indicator.getId(), Map.of()).getOrDefault(year, 0);
			FigureLine total = series == null ? null : series.line(year);
			if ((total == null || !total.hasFigures()) && pendingCount == 0) {
				continue;
			}
			if (total == null) {
				total = new FigureSeries(indicator.getAggregation(), indicator.getDirection()).line(year);
			}
			total = withPending(total, pendingCount);
			List<YearReport.ProvinceLine> provinces = new ArrayList<>();
			byProvince.getOrDefault(indicator.getId(), Map.of()).forEach((provinceId, provinceSeries) -> {
				FigureLine line = provinceSeries.line(year);
				if (line.target() != null || line.actual() != null) {
					String[] names = provinceNames.get(provinceId);
					provinces.add(new YearReport.ProvinceLine(provinceId, names[0], names[1], line));
				}
			});
			provinces.sort(VietnameseOrder.by(YearReport.ProvinceLine::nameVi));
			linesByGroup.computeIfAbsent(indicator.getGroup().getId(), id -> new ArrayList<>())
				.add(new YearReport.IndicatorLine(indicator, total, provinces));
		}
		List<YearReport.GroupSection> sections = new ArrayList<>();
		for (CooperationGroup group : this.groups.findAllByOrderByNumber()) {
			sections.add(new YearReport.GroupSection(group, linesByGroup.getOrDefault(group.getId(), List.of()),
					narrativeByGroup.get(group.getId())));
		}
		return new YearReport(year, all, sections);
	}

	private static FigureSeries series(Indicator indicator) {
		return new FigureSeries(indicator.getAggregation(), indicator.getDirection());
	}

	private static FigureLine withPending(FigureLine line, int pending) {
		return new FigureLine(line.target(), line.actual(), line.lowerBound(), line.percentOfTarget(), line.reached(),
				line.previousYear(), line.previous(), line.previousLowerBound(), line.change(), line.changePercent(),
				line.improved(), line.periodValue(), line.periodLowerBound(), line.periodFrom(), line.disputed(), pending);
	}

	/** Target, actual, lower bound and disputed, from column {@code from} on. */
	private static YearFigures figures(Object[] row, int from) {
		return new YearFigures(decimal(row[from]), decimal(row[from + 1]), Boolean.TRUE.equals(row[from + 2]),
				Boolean.TRUE.equals(row[from + 3]), 0);
	}

	private static BigDecimal decimal(Object value) {
		if (value == null) {
			return null;
		}
		BigDecimal decimal = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
		return decimal.setScale(2, java.math.RoundingMode.HALF_UP);
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> rows(String sql, Map<String, Object> parameters) {
		Query query = this.entityManager.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		return query.getResultList();
	}

	private static Collection<Long> nonEmpty(Collection<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

}
