package vn.hanoi.cooperation.system;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read-only transaction around what a {@link ReadCache} computes on a miss. A page served from memory runs only its
 * version read, one statement that needs no transaction: opening and committing one for it on every request cost
 * more than the statement itself.
 */
@Component
public class ReadOnlyTransaction {

	private final TransactionTemplate readOnly;

	ReadOnlyTransaction(PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public <T> T run(Supplier<T> read) {
		return this.readOnly.execute(status -> read.get());
	}

}
