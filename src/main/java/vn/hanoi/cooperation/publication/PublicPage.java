package vn.hanoi.cooperation.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.hanoi.cooperation.plan.Plan;

/** The public page's content: a section per year with its plan, and in it the published figures by group. */
record PublicPage(List<YearSection> years) {

	public record YearSection(int year, Plan plan, List<GroupSection> groups) {
	}

	public record GroupSection(int number, String name, List<PublishedFigure> figures) {
	}

	static PublicPage of(List<PublishedFigure> figures, Map<Integer, Plan> plans, Locale locale) {
		Map<Integer, Map<Integer, GroupSection>> byYear = new LinkedHashMap<>();
		for (PublishedFigure figure : figures) {
			byYear.computeIfAbsent(figure.year(), year -> new LinkedHashMap<>())
				.computeIfAbsent(figure.groupNumber(),
						number -> new GroupSection(number, figure.groupName(locale), new ArrayList<>()))
				.figures()
				.add(figure);
		}
		List<YearSection> years = new ArrayList<>();
		byYear.forEach((year, groups) -> years.add(new YearSection(year, plans.get(year), List.copyOf(groups.values()))));
		return new PublicPage(years);
	}

	/** What the page shows of the plans, for its ETag. */
	String planText() {
		StringBuilder text = new StringBuilder();
		for (YearSection section : this.years) {
			Plan plan = section.plan();
			if (plan != null) {
				text.append(plan.getYear()).append('|').append(plan.getNumber()).append('|').append(plan.getIssuedOn())
					.append('|').append(plan.title()).append('|').append(plan.summary()).append('\n');
			}
		}
		return text.toString();
	}

}
