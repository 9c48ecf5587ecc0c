package vn.hanoi.cooperation.result;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;

/**
 * The approved results about a unit and the units merged into it, by year, each with the province's current
 * answer: the province officer's landing page and the province page of Hanoi's users. Two statements whatever
 * the number of results.
 */
@Component
public class ProvinceResults {

	/** The section as the fragment {@code result/provinceResults :: results} shows it. */
	public record Section(List<Year> years, boolean answerable) {

		public boolean isEmpty() {
			return this.years.isEmpty();
		}

		public long disputed() {
			return this.years.stream().flatMap(y -> y.lines().stream()).filter(Line::disputed).count();
		}

		public long unanswered() {
			return this.years.stream().flatMap(y -> y.lines().stream()).filter(l -> l.confirmation() == null).count();
		}

	}

	public record Year(int year, List<Line> lines) {
	}

	/** {@code formerUnit}: the result is about a predecessor of the page's unit, and is labelled with its name. */
	public record Line(YearlyResult result, ProvinceConfirmations.Confirmation confirmation, boolean formerUnit) {

		public boolean disputed() {
			return this.confirmation != null && this.confirmation.disputed();
		}

	}

	private final YearlyResults results;

	private final ProvinceConfirmations confirmations;

	private final ResultAccess access;

	ProvinceResults(YearlyResults results, ProvinceConfirmations confirmations, ResultAccess access) {
		this.results = results;
		this.confirmations = confirmations;
		this.access = access;
	}

	/**
	 * The approved results about {@code unitId} and its predecessors ({@code lineage}) that the viewer may read; a
	 * province officer never gets a unit outside their own lineage, whatever is asked.
	 */
	@Transactional(readOnly = true)
	public Section of(Long unitId, Collection<Long> lineage, Viewer viewer) {
		Set<Long> units = new java.util.HashSet<>(lineage);
		if (viewer.isProvince()) {
			units.retainAll(viewer.provinceLineage());
		}
		List<YearlyResult> found = units.isEmpty() ? List.of()
				: this.results.findByProvinces(ResultStatus.APPROVED, units)
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
		Map<Integer, List<Line>> byYear = new LinkedHashMap<>();
		for (YearlyResult result : found) {
			byYear.computeIfAbsent(result.getYear(), year -> new ArrayList<>())
				.add(new Line(result, current.get(result.getId()), !result.getProvince().getId().equals(unitId)));
		}
		List<Year> years = new ArrayList<>();
		byYear.forEach((year, lines) -> years.add(new Year(year, lines)));
		return new Section(years, viewer.isProvince());
	}

}
