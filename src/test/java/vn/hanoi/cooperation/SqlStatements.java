package vn.hanoi.cooperation;

/**
 * Counts the SQL statements that the calling thread executes while an action runs, whatever sends them
 * (Hibernate, JdbcClient, JdbcTemplate): {@code long n = SqlStatements.countDuring(() -> mvc.get()...)}.
 * <p>
 * Counted per thread, so that scheduled jobs and other tests' threads never add to a page's figure. A MockMvc
 * request runs entirely on the test's thread (filters, controller, view), so all of its statements are counted;
 * a request sent over HTTP to the running port is served by another thread and is NOT counted: use MockMvc.
 * Each execution counts once: a query, an update, a plain or callable statement, a whole batch.
 */
public final class SqlStatements {

	private static final ThreadLocal<long[]> COUNTER = new ThreadLocal<>();

	private static volatile boolean installed;

	private SqlStatements() {
	}

	/** What a test does while statements are counted; may throw, as MockMvc's {@code perform} does. */
	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	/** How many statements this thread executed during {@code action}. */
	public static long countDuring(Action action) {
		// Without the counting DataSource every count would be 0 and every bound would hold.
		if (!installed) {
			throw new IllegalStateException("No counting DataSource: run the test in the @PortalTest context");
		}
		long[] outer = COUNTER.get();
		long[] count = new long[1];
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
			outer[0] += count[0];
		}
		return count[0];
	}

	static void installed() {
		installed = true;
	}

	static void executed() {
		long[] count = COUNTER.get();
		if (count != null) {
			count[0]++;
		}
	}

}
