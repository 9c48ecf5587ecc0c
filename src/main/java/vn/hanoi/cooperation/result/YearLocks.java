package vn.hanoi.cooperation.result;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.SqlValues;

/** Locked years take no more edits; every lock and unlock is kept with who, when and (to unlock) why. */
@Repository
public class YearLocks {

	public record YearLock(int year, String lockedByName, Instant lockedAt) {
	}

	public record Event(String action, String reason, String authorName, Instant changedAt) {

		public String messageKey() {
			return "result.lock.event." + this.action;
		}

	}

	/**
	 * A where-clause condition on a result {@code r}: its year is not locked. Otherwise its unapproved figures can be
	 * neither changed nor decided on, and its approved ones neither answered by a province nor sent back, so nothing
	 * offers them as work waiting.
	 */
	public static final String YEAR_OPEN = "not exists (select 1 from locked_years l where l.year = r.year)";

	/**
	 * An SQL expression: the locked years as an {@code int[]}, in order, for a statement that reads them along with
	 * other things (a cache key); {@link #lockedYears(ResultSet, String)} reads the column back.
	 */
	public static final String LOCKED_YEARS = "(select coalesce(array_agg(year order by year), '{}') from locked_years)";

	/** First half of the advisory lock key that serialises locking a year with writes to it. */
	private static final int LOCK_KEY = 188_2022;

	private final JdbcClient jdbc;

	YearLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<YearLock> find(int year) {
		return this.jdbc.sql("select year, locked_by_name, locked_at from locked_years where year = :year")
			.param("year", year)
			.query((rs, n) -> new YearLock(rs.getInt("year"), rs.getString("locked_by_name"),
					SqlValues.instant(rs, "locked_at")))
			.optional();
	}

	/** The years locked now. */
	public Set<Integer> lockedYears() {
		return this.jdbc.sql("select " + LOCKED_YEARS + " as years").query((rs, n) -> lockedYears(rs, "years")).single();
	}

	/** A column of {@link #LOCKED_YEARS}. */
	public static Set<Integer> lockedYears(ResultSet rs, String column) throws SQLException {
		Array years = rs.getArray(column);
		try {
			return Set.of((Integer[]) years.getArray());
		}
		finally {
			years.free();
		}
	}

	/** Whether the year is locked, for display. */
	public boolean isLocked(int year) {
		return find(year).isPresent();
	}

	/**
	 * Whether the year is locked, for a write about to happen in the caller's transaction: the shared advisory
	 * lock makes locking the year wait until that write has committed, so no edit slips in after the lock.
	 */
	boolean isLockedForWrite(int year) {
		return this.jdbc.sql("""
				select exists (select 1 from locked_years where year = :year)
				from (select pg_advisory_xact_lock_shared(:key, :year)) as guard""")
			.param("key", LOCK_KEY)
			.param("year", year)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Waits until writes to the year in flight have committed and holds new ones back until the caller's
	 * transaction ends, so that what it reads of the year next is what it locks.
	 */
	void holdWrites(int year) {
		this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key, :year)) as guard")
			.param("key", LOCK_KEY)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	/** Locks the year; false when it already was. */
	boolean lock(int year, Viewer viewer) {
		holdWrites(year);
		int inserted = this.jdbc.sql("""
				insert into locked_years (year, locked_by, locked_by_name) values (:year, :accountId, :name)
				on conflict (year) do nothing""")
			.param("year", year)
			.param("accountId", viewer.accountId())
			.param("name", viewer.displayName())
			.update();
		if (inserted > 0) {
			record(year, "LOCKED", null, viewer);
		}
		return inserted > 0;
	}

	/** Unlocks the year with a reason; false when it was not locked. */
	boolean unlock(int year, String reason, Viewer viewer) {
		int deleted = this.jdbc.sql("delete from locked_years where year = :year").param("year", year).update();
		if (deleted > 0) {
			record(year, "UNLOCKED", reason, viewer);
		}
		return deleted > 0;
	}

	public List<Event> events(int year) {
		return this.jdbc.sql("""
				select action, reason, author_name, changed_at from year_lock_events
				where year = :year order by changed_at desc, id desc""")
			.param("year", year)
			.query((rs, n) -> new Event(rs.getString("action"), rs.getString("reason"), rs.getString("author_name"),
					SqlValues.instant(rs, "changed_at")))
			.list();
	}

	private void record(int year, String action, String reason, Viewer viewer) {
		this.jdbc.sql("""
				insert into year_lock_events (year, action, reason, author_id, author_name)
				values (:year, :action, :reason, :authorId, :authorName)""")
			.param("year", year)
			.param("action", action)
			.param("reason", reason)
			.param("authorId", viewer.accountId())
			.param("authorName", viewer.displayName())
			.update();
	}

}
