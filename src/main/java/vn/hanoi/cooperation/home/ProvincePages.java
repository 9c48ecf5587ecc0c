package vn.hanoi.cooperation.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ProvinceActivities;
import vn.hanoi.cooperation.agreement.AgreementRow;
import vn.hanoi.cooperation.agreement.AgreementService;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.ProvinceFacts;
import vn.hanoi.cooperation.province.ProvinceName;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.result.ProvinceResults;
import vn.hanoi.cooperation.result.YearLocks;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.ReadCache;
import vn.hanoi.cooperation.system.ReadOnlyTransaction;

/**
 * What a province page shows, kept in the {@link ReadCache} until the data about the unit changes: reading it takes
 * ~25 ms of SQL for a merged unit on 50,000 activities and 200,000 results, and many people open the same units.
 * The key holds the version of the unit's own subjects (the unit and its predecessors, V70), so that a note on an
 * activity of another province leaves this page in memory, the locked years (a locked year's results are no
 * longer answered), and the viewer's {@link ReadScope}, which is all that the reads below take from the viewer. A
 * province officer's own page ({@code /my-province}) is the same data under its own address, so it is kept here
 * too, under the officer's scope.
 */
@Component
public class ProvincePages {

	private static final int MAX_ENTRIES = 2_000;

	/** Plain immutable data, shared by the requests that read it from memory. */
	public record Page(ProvinceFacts province, List<ProvinceName> predecessors, List<AgreementRow.Kept> agreementRows,
			List<ProvinceActivities.Group> activityGroups, ProvinceResults.Section results, List<Integer> reportYears) {

		/** What the unit's page and /my-province show of it, under the names their templates read. */
		void addTo(Model model) {
			model.addAttribute("province", this.province);
			model.addAttribute("predecessors", this.predecessors);
			model.addAttribute("agreementRows", this.agreementRows);
			model.addAttribute("activityGroups", this.activityGroups);
			model.addAttribute("provinceResults", this.results);
			model.addAttribute("reportYears", this.reportYears);
		}

	}

	/** {@code lockedYears}: whether the page offers the province's answers depends on them (no data version has). */
	private record Key(long dataVersion, Set<Integer> lockedYears, LocalDate today, Long provinceId, ReadScope scope,
			String resultYear, String resultPage, String path) {
	}

	/**
	 * The version of what a unit's page reads: its own and its predecessors' subjects, and the reference data; and,
	 * in the same statement, the locked years.
	 */
	private static final String UNIT_VERSION = """
			with recursive lineage(id) as (
			    select cast(:id as bigint)
			    union
			    select p.id from provinces p join lineage l on p.successor_id = l.id)
			select (select coalesce(sum(version), 0) from data_versions
			         where subject = :reference or subject in (select 'province:' || id from lineage)) as version,
			       %s as locked_years""".formatted(YearLocks.LOCKED_YEARS);

	private final ReadCache<Key, Page> pages = new ReadCache<>(MAX_ENTRIES);

	private final JdbcClient jdbc;

	private final Provinces provinces;

	private final AgreementService agreements;

	private final ProvinceActivities activities;

	private final ProvinceResults results;

	private final Clock clock;

	private final ReadOnlyTransaction readOnly;

	ProvincePages(JdbcClient jdbc, Provinces provinces, AgreementService agreements, ProvinceActivities activities,
			ProvinceResults results, Clock clock, ReadOnlyTransaction readOnly) {
		this.jdbc = jdbc;
		this.provinces = provinces;
		this.agreements = agreements;
		this.activities = activities;
		this.results = results;
		this.clock = clock;
		this.readOnly = readOnly;
	}

	/** The unit's page as the viewer may see it; the caller has checked that the viewer may open the unit. */
	Page of(Long id, Viewer viewer, String resultYear, String resultPage) {
		return of(id, viewer, resultYear, resultPage, "/provinces/" + id);
	}

	/**
	 * The unit's page as the viewer may see it at {@code path}, where its year and page links lead; the caller has
	 * checked that the viewer may open the unit.
	 */
	public Page of(Long id, Viewer viewer, String resultYear, String resultPage, String path) {
		Key key = this.jdbc.sql(UNIT_VERSION)
			.param("id", id)
			.param("reference", DataVersion.REFERENCE)
			.query((rs, n) -> new Key(rs.getLong("version"), YearLocks.lockedYears(rs, "locked_years"),
					LocalDate.now(this.clock), id, ReadScope.of(viewer), resultYear, resultPage, path))
			.single();
		return this.pages.get(key, k -> this.readOnly
			.run(() -> read(id, viewer, resultYear, resultPage, path, k.today(), k.lockedYears())));
	}

	/** How many pages were read from the database rather than from memory since the start. */
	long reads() {
		return this.pages.loads();
	}

	private Page read(Long id, Viewer viewer, String resultYear, String resultPage, String path, LocalDate today,
			Set<Integer> lockedYears) {
		Province province = this.provinces.findById(id).orElseThrow(NotFoundException::new);
		List<Long> lineage = this.provinces.findLineageIds(id);
		return new Page(ProvinceFacts.of(province),
				this.provinces.findBySuccessorIdOrderByNameVi(id).stream().map(ProvinceName::of).toList(),
				this.agreements.findInvolving(lineage, viewer).stream().map(AgreementRow::kept).toList(), this.activities.of(lineage, viewer),
				this.results.of(id, lineage, viewer, resultYear, resultPage, path, lockedYears),
				// Last year's report and this year's, by Hanoi's calendar (the server's zone turns the year late).
				List.of(today.getYear() - 1, today.getYear()));
	}

}
