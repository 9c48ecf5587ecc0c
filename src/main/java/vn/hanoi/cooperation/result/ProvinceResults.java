package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.province.ProvinceName;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.Names;

/**
 * The approved results about a unit and the units merged into it, one year and one page at a time, each with the
 * province's current answer: the province officer's landing page and the province page of Hanoi's users. Three
 * statements whatever the number of results: the years with their counts, one page of results, their answers.
 */
@Component
public class ProvinceResults {

	static final int PAGE_SIZE = 50;

	/**
	 * The section as the fragment {@code result/provinceResults :: results} shows it: every year with results, the
	 * chosen year's page of lines, and the page's address ({@code path}) for the year and page links;
	 * {@code yearLocked}: the chosen year is locked, so its results are no longer answered.
	 */
	public record Section(List<YearSummary> years, Integer year, List<Line> lines, int page, int pageCount,
			String path, boolean answerable, boolean yearLocked) {

		public boolean isEmpty() {
			return this.years.isEmpty();
		}

		/** Over every year, not only the one shown. */
		public long disputed() {
			return this.years.stream().mapToLong(YearSummary::disputed).sum();
		}

		/**
		 * Over every year, what the province can still answer: the count both the province's banner and Hanoi's
		 * readers see, so neither counts a locked year's results that no answer can reach.
		 */
		public long awaitingAnswer() {
			return this.years.stream().mapToLong(YearSummary::awaitingAnswer).sum();
		}

		public boolean hasPrevious() {
			return this.page > 1;
		}

		public boolean hasNext() {
			return this.page < this.pageCount;
		}

	}

	/**
	 * One year's approved results about the unit, and how many the province has not answered or disputes;
	 * {@code locked}: the year is locked, its results are no longer answered.
	 */
	public record YearSummary(int year, long results, long unanswered, long disputed, boolean locked) {

		/** The unanswered results the province can still answer: none in a locked year (ResultAccess.answerRefusal). */
		public long awaitingAnswer() {
			return this.locked ? 0 : this.unanswered;
		}

	}

	/**
	 * One approved result as the section shows it, plain data (no entity) since province pages keep it in memory;
	 * {@code department} is null for the city's own figure; {@code version} is the result's as shown, which the
	 * answer form sends back so that an answer is about the figures the officer read.
	 */
	public record Figures(Long id, long version, Names indicator, UnitOfMeasure unitOfMeasure, ProvinceName province,
			Names department, BigDecimal target, BigDecimal actual, boolean actualLowerBound, String narrative) {

		static Figures of(YearlyResult result) {
			Indicator indicator = result.getIndicator();
			return new Figures(result.getId(), result.getVersion(), Names.of(indicator), indicator.getUnitOfMeasure(),
					ProvinceName.of(result.getProvince()),
					result.getDepartment() == null ? null : Names.of(result.getDepartment()), result.getTarget(),
					result.getActual(), result.isActualLowerBound(), result.getNarrative());
		}

	}

	/** {@code formerUnit}: the result is about a predecessor of the page's unit, and is labelled with its name. */
	public record Line(Figures result, ProvinceConfirmations.Confirmation confirmation, boolean formerUnit) {

		public boolean disputed() {
			return this.confirmation != null && this.confirmation.disputed();
		}

	}

	private final YearlyResults results;

	private final ProvinceConfirmations confirmations;

	private final ResultAccess access;

	private final JdbcClient jdbc;

	ProvinceResults(YearlyResults results, ProvinceConfirmations confirmations, ResultAccess access,
			JdbcClient jdbc) {
		this.results = results;
		this.confirmations = confirmations;
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * The approved results about {@code unitId} and its predecessors ({@code lineage}) that the viewer may read, for
	 * {@code year} (the latest with results when absent or without results) and {@code page} (1 when out of range);
	 * a province officer never gets a unit outside their own lineage, whatever is asked. {@code lockedYears} are
	 * those of {@link YearLocks#LOCKED_YEARS}, read by the caller with its cache key.
	 */
	@Transactional(readOnly = true)
	public Section of(Long unitId, Collection<Long> lineage, Viewer viewer, String year, String page, String path,
			Set<Integer> lockedYears) {
		Set<Long> units = new HashSet<>(lineage);
		if (viewer.isProvince()) {
			units.retainAll(viewer.provinceLineage());
		}
		List<YearSummary> years = units.isEmpty() ? List.of() : yearsOf(units, lockedYears);
		if (years.isEmpty()) {
			return new Section(years, null, List.of(), 1, 0, path, viewer.isProvince(), false);
		}
		YearSummary shown = years.stream()
			.filter(summary -> String.valueOf(summary.year()).equals(year))
			.findFirst()
			.orElse(years.get(0));
		int pageCount = (int) ((shown.results() + PAGE_SIZE - 1) / PAGE_SIZE);
		int wanted = Math.max(1, Math.min(FormValues.page(page, 1), pageCount));
		List<YearlyResult> found = this.results
			.findByProvincesAndYear(ResultStatus.APPROVED, units, shown.year(), PageRequest.of(wanted - 1, PAGE_SIZE))
			.stream()
			.filter(result -> this.access.canRead(viewer, result))
			.toList();
		Map<Long, ProvinceConfirmations.Confirmation> current = new HashMap<>();
		Map<Long, Long> provinceOf = new HashMap<>();
		found.forEach(result -> provinceOf.put(result.getId(), result.getProvince().getId()));
		// Latest first: the first answer of the result's own province is the current one.
		for (ProvinceConfirmations.Confirmation c : this.confirmations.ofResults(provinceOf.keySet())) {
			if (c.provinceId().equals(provinceOf.get(c.resultId()))) {
				current.putIfAbsent(c.resultId(), c);
			}
		}
		List<Line> lines = found.stream()
			.map(result -> new Line(Figures.of(result), current.get(result.getId()),
					!result.getProvince().getId().equals(unitId)))
			.toList();
		return new Section(years, shown.year(), lines, wanted, pageCount, path, viewer.isProvince(),
				shown.locked());
	}

	/**
	 * The answer counted is the one of the result's own province, as on each line. The results are counted from
	 * their index alone and the few answers apart (2 vs 7 ms for a merged unit among 200,000 results).
	 */
	private List<YearSummary> yearsOf(Set<Long> units, Set<Integer> lockedYears) {
		return this.jdbc.sql("""
				select t.year, t.results, t.results - coalesce(a.answered, 0) as unanswered,
				       coalesce(a.disputed, 0) as disputed
				  from (select year, count(*) as results from yearly_results
				         where status = 'APPROVED' and province_id in (:units) group by year) t
				  left join (select r.year, count(*) as answered, count(*) filter (where c.status = 'DISPUTED') as disputed
				               from province_confirmations c
				               join yearly_results r on r.id = c.result_id and r.province_id = c.province_id
				              where c.province_id in (:units) and r.status = 'APPROVED'
				              group by r.year) a on a.year = t.year
				 order by t.year desc""")
			.param("units", units)
			.query((rs, row) -> new YearSummary(rs.getInt("year"), rs.getLong("results"), rs.getLong("unanswered"),
					rs.getLong("disputed"), lockedYears.contains(rs.getInt("year"))))
			.list();
	}

}
