package vn.hanoi.cooperation.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.plan.Plan;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.Names;
import vn.hanoi.cooperation.system.ReadCache;
import vn.hanoi.cooperation.system.ReadOnlyTransaction;

/**
 * The latest plan and its groups as the front page shows them, kept as plain records until the reference data
 * changes (plans, their groups and departments renew the {@code reference} subject, V70): every visit to the front
 * page read the plan and its groups as entities with two queries; a kept page runs one version read.
 */
@Component
class FrontPagePlan {

	/** What the front page shows of the plan; titles in the page's language. */
	public record Shown(int year, String number, LocalDate issuedOn, Names titles, Names summaries, int groupCount,
			List<Group> groups) {

		public String title() {
			return titles().name();
		}

		public String summary() {
			return summaries().name();
		}

	}

	/** A group's card: its number, names and lead department (none when the plan does not name one). */
	public record Group(int number, Names names, Names leadDepartment) {

		public String name() {
			return names().name();
		}

	}

	private final ReadCache<Long, Optional<Shown>> kept = new ReadCache<>(4);

	private final Plans plans;

	private final DataVersion dataVersion;

	private final ReadOnlyTransaction readOnly;

	FrontPagePlan(Plans plans, DataVersion dataVersion, ReadOnlyTransaction readOnly) {
		this.plans = plans;
		this.dataVersion = dataVersion;
		this.readOnly = readOnly;
	}

	Optional<Shown> latest() {
		return this.kept.get(this.dataVersion.of(List.of()), version -> this.readOnly.run(this::read));
	}

	/** How many times the plan was read from the database rather than from memory since the start. */
	long reads() {
		return this.kept.loads();
	}

	private Optional<Shown> read() {
		return this.plans.findFirstByOrderByYearDesc()
			.flatMap(latest -> this.plans.findByYear(latest.getYear()))
			.map(FrontPagePlan::shown);
	}

	private static Shown shown(Plan plan) {
		return new Shown(plan.getYear(), plan.getNumber(), plan.getIssuedOn(),
				new Names(plan.getTitleVi(), plan.getTitleEn()), new Names(plan.getSummaryVi(), plan.getSummaryEn()),
				plan.groupCount(), plan.getGroups().stream().map(group -> group(group, plan)).toList());
	}

	/** The lead of the plan's year: a department merged on 1 March 2025 by its successor's name. */
	private static Group group(CooperationGroup group, Plan plan) {
		return new Group(group.getNumber(), Names.of(group),
				group.getLeadDepartment() == null ? null : Names.of(group.getLeadDepartment().on(plan.lastDay())));
	}

}
