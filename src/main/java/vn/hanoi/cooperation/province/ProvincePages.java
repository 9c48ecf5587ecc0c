package vn.hanoi.cooperation.province;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ProvinceActivities;
import vn.hanoi.cooperation.agreement.AgreementRow;
import vn.hanoi.cooperation.agreement.AgreementService;
import vn.hanoi.cooperation.result.ProvinceResults;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.VersionedMemory;

/**
 * What a province page shows, kept in memory until the data changes (the {@link DataVersion}, which counts the
 * activities, agreements, results and the provinces' answers): reading it takes ~25 ms of SQL for a merged unit
 * on 50,000 activities and 200,000 results, and many people open the same units. What the page shows depends
 * only on whether the viewer is a province officer, and then on their units.
 */
@Component
class ProvincePages {

	private static final int MAX_ENTRIES = 2_000;

	record Page(Province province, List<Province> predecessors, List<AgreementRow> agreementRows,
			List<ProvinceActivities.Group> activityGroups, ProvinceResults.Section results) {
	}

	/** {@code viewerUnits} is null for Hanoi's users, who all see the same. */
	private record Key(long dataVersion, LocalDate today, Long provinceId, Set<Long> viewerUnits, String resultYear,
			String resultPage) {
	}

	private final VersionedMemory<Key, Page> pages = new VersionedMemory<>(Key::dataVersion, Key::today,
			MAX_ENTRIES);

	private final DataVersion dataVersion;

	private final Provinces provinces;

	private final AgreementService agreements;

	private final ProvinceActivities activities;

	private final ProvinceResults results;

	private final Clock clock;

	ProvincePages(DataVersion dataVersion, Provinces provinces, AgreementService agreements,
			ProvinceActivities activities, ProvinceResults results, Clock clock) {
		this.dataVersion = dataVersion;
		this.provinces = provinces;
		this.agreements = agreements;
		this.activities = activities;
		this.results = results;
		this.clock = clock;
	}

	/** The unit's page as the viewer may see it; the caller has checked that the viewer may open the unit. */
	@Transactional(readOnly = true)
	Page of(Long id, Viewer viewer, String resultYear, String resultPage) {
		Key key = new Key(this.dataVersion.current(), LocalDate.now(this.clock), id,
				viewer.isProvince() ? Set.copyOf(viewer.provinceLineage()) : null, resultYear, resultPage);
		return this.pages.get(key, () -> read(id, viewer, resultYear, resultPage));
	}

	private Page read(Long id, Viewer viewer, String resultYear, String resultPage) {
		Province province = this.provinces.findById(id).orElseThrow(NotFoundException::new);
		List<Long> lineage = this.provinces.findLineageIds(id);
		return new Page(province, this.provinces.findBySuccessorIdOrderByNameVi(id),
				this.agreements.findInvolving(lineage, viewer), this.activities.of(lineage, viewer),
				this.results.of(id, lineage, viewer, resultYear, resultPage, "/provinces/" + id));
	}

}
