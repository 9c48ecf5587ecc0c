package vn.hanoi.cooperation.inbox;

import java.util.List;

/**
 * A kind of waiting work with its first items and how many there are in all ({@code key} names its messages
 * {@code inbox.section.<key>}); {@code more} links to the full list where there is one.
 */
public record InboxSection(String key, int total, List<InboxItem> items, String more) {

	public boolean isEmpty() {
		return this.total == 0;
	}

}
