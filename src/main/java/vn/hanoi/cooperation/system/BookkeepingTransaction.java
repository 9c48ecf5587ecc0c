package vn.hanoi.cooperation.system;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction for what every read API call writes about itself (its rate-limit window, its security-log line),
 * committed without waiting for the write-ahead log to reach the disk ({@code synchronous_commit} off for this
 * transaction alone). Waiting for two flushes a call made the API serve less than the HTML page it mirrors. The rows
 * are written, ordered and seen by every instance at once as any other; only a crash of PostgreSQL itself within a
 * fraction of a second may lose the last of them. Called inside a caller's transaction (never so in the API's
 * filter), it joins it and lets nothing off: the caller's writes stay durable.
 */
@Component
public class BookkeepingTransaction {

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	BookkeepingTransaction(PlatformTransactionManager transactions, JdbcClient jdbc) {
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
	}

	public <T> T run(Supplier<T> write) {
		return this.transaction.execute(status -> {
			if (status.isNewTransaction()) {
				// LOCAL: ends with the transaction, so the pooled connection goes back durable.
				this.jdbc.sql("set local synchronous_commit = off").update();
			}
			return write.get();
		});
	}

}
