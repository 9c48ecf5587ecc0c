package vn.hanoi.cooperation;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the SQL statements that the calling thread executes while an action runs, whatever sends them
 * (Hibernate, JdbcClient, JdbcTemplate): {@code long n = SqlStatements.countDuring(() -> mvc.get()...)}.
 * <p>
 * Counted per thread, so that scheduled jobs and other tests' threads never add to a page's figure. A MockMvc
 * request runs entirely on the test's thread (filters, controller, view), so all of its statements are counted;
 * a request sent over HTTP to the running port is served by another thread and is NOT counted: use MockMvc.
 * Each execution counts once: a query, an update, a plain or callable statement, a whole batch.
 * {@link #transactionsDuring} counts the transactions ended (committed or rolled back) the same way: each is two
 * more round trips to the database, its begin and its end.
 */
public final class SqlStatements {

	private static final int STATEMENTS = 0;

	private static final int TRANSACTIONS = 1;

	private static final ThreadLocal<long[]> COUNTER = new ThreadLocal<>();

	private static final ThreadLocal<List<String>> EXECUTED = new ThreadLocal<>();

	private static volatile boolean installed;

	private SqlStatements() {
	}

	/** What a test does while statements are counted; may throw, as MockMvc's {@code perform} does. */
	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	/** The SQL of every statement this thread executed during {@code action}, in order. */
	public static List<String> sqlDuring(Action action) {
		List<String> outer = EXECUTED.get();
		List<String> executed = new ArrayList<>();
		EXECUTED.set(executed);
		try {
			countDuring(action);
		}
		finally {
			EXECUTED.set(outer);
		}
		if (outer != null) {
			outer.addAll(executed);
		}
		return executed;
	}

	/** How many statements this thread executed during {@code action}. */
	public static long countDuring(Action action) {
		return during(action)[STATEMENTS];
	}

	/** How many transactions this thread ended during {@code action}. */
	public static long transactionsDuring(Action action) {
		return during(action)[TRANSACTIONS];
	}

	private static long[] during(Action action) {
		// Without the counting DataSource every count would be 0 and every bound would hold.
		if (!installed) {
			throw new IllegalStateException("No counting DataSource: run the test in the @PortalTest context");
		}
		long[] outer = COUNTER.get();
		long[] count = new long[2];
		COUNTER.set(count);
		try {
			action.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			COUNTER.set(outer);
		}
		if (outer != null) {
			outer[STATEMENTS] += count[STATEMENTS];
			outer[TRANSACTIONS] += count[TRANSACTIONS];
		}
		return count;
	}

	static void installed() {
		installed = true;
	}

	static void executed(String sql) {
		add(STATEMENTS);
		List<String> executed = EXECUTED.get();
		if (executed != null) {
			executed.add(String.valueOf(sql));
		}
	}

	static void transactionEnded() {
		add(TRANSACTIONS);
	}

	private static void add(int what) {
		long[] count = COUNTER.get();
		if (count != null) {
			count[what]++;
		}
	}

}
