package vn.hanoi.cooperation.inbox;

import java.util.ArrayList;
import java.util.List;

/**
 * One inbox section in SQL. {@code select} returns, in this order: the id the link uses, title (vi, en), detail
 * (vi, en), when (timestamptz), day (date), two numbers, then {@code count(*) over ()}; rows in the order shown.
 * {@code href} and {@code more} may hold {@code {id}}, {@code {first}} and {@code {year}}. A section whose full
 * list is a year's page ({@code moreOfYear}, with {@code {year}}) also returns {@code years}: "2024:3 2025:12".
 */
record InboxQuery(String key, String select, String href, String more, String moreOfYear) {

	InboxQuery(String key, String select, String href, String more) {
		this(key, select, href, more, null);
	}

	String link(long id, Integer first, Integer year) {
		return fill(this.href, id, first, year);
	}

	String more(Integer year) {
		return this.more == null ? null : fill(this.more, 0, null, year);
	}

	/** Where each year's part of the section is listed in full, from the {@code years} column. */
	List<InboxSection.YearLink> moreByYear(String years) {
		List<InboxSection.YearLink> links = new ArrayList<>();
		if (this.moreOfYear == null || years == null || years.isBlank()) {
			return links;
		}
		for (String part : years.split(" ")) {
			String[] yearAndCount = part.split(":");
			int year = Integer.parseInt(yearAndCount[0]);
			links.add(new InboxSection.YearLink(year, Integer.parseInt(yearAndCount[1]),
					fill(this.moreOfYear, 0, null, year)));
		}
		return links;
	}

	private static String fill(String pattern, long id, Integer first, Integer year) {
		return pattern.replace("{id}", String.valueOf(id))
			.replace("{first}", String.valueOf(first))
			.replace("{year}", String.valueOf(year));
	}

}
