package vn.hanoi.cooperation.group;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A group's Vietnamese name changed as an administrator would change it (renewing the reference data's version),
 * and put back by {@link #restore()}, for tests of what pages keep in memory.
 */
public final class RenamedGroup {

	private final JdbcTemplate jdbc;

	private final int number;

	private final String original;

	private RenamedGroup(JdbcTemplate jdbc, int number, String original) {
		this.jdbc = jdbc;
		this.number = number;
		this.original = original;
	}

	public static RenamedGroup rename(JdbcTemplate jdbc, int number, String newName) {
		String original = jdbc.queryForObject("select name_vi from cooperation_groups where number = ?", String.class,
				number);
		jdbc.update("update cooperation_groups set name_vi = ? where number = ?", newName, number);
		return new RenamedGroup(jdbc, number, original);
	}

	public void restore() {
		this.jdbc.update("update cooperation_groups set name_vi = ? where number = ?", this.original, this.number);
	}

}
