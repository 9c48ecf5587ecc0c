package vn.hanoi.cooperation.inbox;

import java.util.List;

/**
 * A kind of waiting work with its first items and how many there are in all ({@code key} names its messages
 * {@code inbox.section.<key>}); {@code more} links to the full list where there is one, and {@code moreByYear} to
 * each year's full list where the list is a year's and the section has more than it shows.
 */
public record InboxSection(String key, int total, List<InboxItem> items, String more, List<YearLink> moreByYear) {

	public boolean isEmpty() {
		return this.total == 0;
	}

	/** A year's list of the section's kind of work, and how many of the section's items it holds. */
	public record YearLink(int year, int count, String href) {
	}

}
