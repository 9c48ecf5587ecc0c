package vn.hanoi.cooperation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement counter that the statement-count tests rely on sees what they need, and nothing else. */
@PortalTest
class SqlStatementsTest {

	@Autowired
	JdbcClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void countsEveryStatementOfThisThreadWhateverSendsIt() {
		assertThat(SqlStatements.countDuring(() -> {
			this.client.sql("select count(*) from plans where year = :year").param("year", 2022)
				.query(Long.class).single();
			this.jdbc.queryForObject("select 1", Integer.class);
			this.jdbc.execute("select 1");
		})).isEqualTo(3);
		String nothing = "update plans set year = year where false";
		assertThat(SqlStatements.countDuring(() -> this.jdbc.batchUpdate(nothing, nothing)))
			.as("a batch runs once")
			.isEqualTo(1);
	}

	@Test
	void recordsTheSqlOfEveryStatementInOrder() {
		assertThat(SqlStatements.sqlDuring(() -> {
			this.client.sql("select count(*) from plans where year = :year").param("year", 2022)
				.query(Long.class).single();
			this.jdbc.execute("select 2");
		})).containsExactly("select count(*) from plans where year = ?", "select 2");
	}

	@Test
	void countsEveryTransactionThisThreadEnds() {
		assertThat(SqlStatements.transactionsDuring(() -> {
			this.transactions.executeWithoutResult(status -> this.jdbc.queryForObject("select 1", Integer.class));
			this.transactions.executeWithoutResult(status -> status.setRollbackOnly());
			this.jdbc.queryForObject("select 1", Integer.class);
		})).as("a commit and a rollback; a statement outside a transaction ends none").isEqualTo(2);
	}

	@Test
	void ignoresStatementsOfOtherThreads() {
		assertThat(SqlStatements.countDuring(() -> {
			Thread background = new Thread(() -> this.jdbc.queryForObject("select 1", Integer.class));
			background.start();
			background.join();
		})).isZero();
	}

}
