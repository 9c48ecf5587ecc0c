package vn.hanoi.cooperation.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.province.ProvinceName;
import vn.hanoi.cooperation.system.Localized;
import vn.hanoi.cooperation.system.Names;

/**
 * The activities that involve a province (a unit and its predecessors), grouped by group of cooperation content
 * and plan year, as one viewer may see them: a province officer gets only those shared with them and never
 * learns the other partners. One query whatever the number of activities.
 */
@Component
public class ProvinceActivities {

	/** Plain data (no entity), as province pages keep it in memory and share it across requests. */
	public record Line(Long id, String title, List<ProvinceName> partners, DeadlineStatus deadlineStatus) {
	}

	public record Year(int year, List<Line> lines) {
	}

	public record Group(int number, Names names, List<Year> years, int count) implements Localized {

		@Override
		public String getNameVi() {
			return this.names.nameVi();
		}

		@Override
		public String getNameEn() {
			return this.names.nameEn();
		}

	}

	/**
	 * A province page shows at most this many activities, the most recent first; the activity list filtered by the
	 * province holds them all.
	 */
	public static final int LIMIT = 60;

	private final Activities activities;

	private final Clock clock;

	ProvinceActivities(Activities activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Group> of(Collection<Long> provinceIds, Viewer viewer) {
		Collection<Long> ids = viewer.isProvince()
				? provinceIds.stream().filter(viewer.provinceLineage()::contains).toList() : provinceIds;
		if (ids.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<CooperationGroup, Map<Integer, List<Line>>> grouped = new LinkedHashMap<>();
		List<Long> recent = this.activities.findIdsInvolving(ids, viewer.isProvince(), LIMIT);
		for (Activity activity : recent.isEmpty() ? List.<Activity>of() : this.activities.findForProvincePage(recent)) {
			List<ProvinceName> partners = activity.getPartnerProvinces()
				.stream()
				.filter(p -> !viewer.isProvince() || viewer.provinceLineage().contains(p.getId()))
				.map(ProvinceName::of)
				.toList();
			grouped.computeIfAbsent(activity.getGroup(), g -> new LinkedHashMap<>())
				.computeIfAbsent(activity.getPlan().getYear(), y -> new ArrayList<>())
				.add(new Line(activity.getId(), activity.getTitle(), partners, activity.deadlineStatus(today)));
		}
		List<Group> groups = new ArrayList<>();
		grouped.forEach((group, years) -> {
			List<Year> yearList = new ArrayList<>();
			years.forEach((year, lines) -> yearList.add(new Year(year, lines)));
			groups.add(new Group(group.getNumber(), Names.of(group), yearList,
					years.values().stream().mapToInt(List::size).sum()));
		});
		return groups;
	}

}
