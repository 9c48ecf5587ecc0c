package vn.hanoi.cooperation.inbox;

/**
 * One inbox section in SQL. {@code select} returns, in this order: the id the link uses, title (vi, en), detail
 * (vi, en), when (timestamptz), day (date), two numbers, then {@code count(*) over ()}; rows in the order shown.
 * {@code href} and {@code more} may hold {@code {id}}, {@code {first}} and {@code {year}}.
 */
record InboxQuery(String key, String select, String href, String more) {

	String link(long id, Integer first, Integer year) {
		return fill(this.href, id, first, year);
	}

	String more(Integer year) {
		return this.more == null ? null : fill(this.more, 0, null, year);
	}

	private static String fill(String pattern, long id, Integer first, Integer year) {
		return pattern.replace("{id}", String.valueOf(id))
			.replace("{first}", String.valueOf(first))
			.replace("{year}", String.valueOf(year));
	}

}
