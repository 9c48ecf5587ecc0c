package vn.hanoi.cooperation.account;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.Concurrently;

/**
 * Two new administrators, the only enabled ones while it runs, each doing something to the other at the same
 * moment: where the portal could be left without an administrator.
 */
final class AdministratorsAtOnce {

	private AdministratorsAtOnce() {
	}

	/**
	 * {@code action} is what the first does to the second and the second to the first; {@code check} sees both
	 * answers and the pair's ids before the other administrators are enabled again.
	 */
	static void actOnEachOther(JdbcTemplate jdbc, DataSource dataSource, Accounts accounts,
			BiFunction<Account, Account, MvcTestResult> action, BiConsumer<List<MvcTestResult>, List<Long>> check)
			throws Exception {
		List<Long> others = jdbc.queryForList("select id from accounts where role = 'ADMIN' and enabled", Long.class);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Account first = accounts.save(Account.administrator("admin.a." + suffix, "Quản trị A", "x"));
		Account second = accounts.save(Account.administrator("admin.b." + suffix, "Quản trị B", "x"));
		List<Long> pair = List.of(first.getId(), second.getId());
		others.forEach(id -> jdbc.update("update accounts set enabled = false where id = ?", id));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (Connection holder = dataSource.getConnection()) {
			// Another transaction holds both rows, so that both requests are past their session checks (each
			// administrator still enabled) before either of them writes.
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.execute("select id from accounts where id in (" + first.getId() + ", " + second.getId()
						+ ") for update");
			}
			Future<MvcTestResult> firstToSecond = pool.submit(() -> action.apply(first, second));
			Future<MvcTestResult> secondToFirst = pool.submit(() -> action.apply(second, first));
			Concurrently.awaitWaitingForLocks(jdbc, 2);
			holder.commit();
			check.accept(List.of(firstToSecond.get(1, TimeUnit.MINUTES), secondToFirst.get(1, TimeUnit.MINUTES)),
					pair);
		}
		finally {
			pool.shutdownNow();
			pair.forEach(id -> jdbc.update("update accounts set enabled = false where id = ?", id));
			others.forEach(id -> jdbc.update("update accounts set enabled = true where id = ?", id));
		}
	}

}
