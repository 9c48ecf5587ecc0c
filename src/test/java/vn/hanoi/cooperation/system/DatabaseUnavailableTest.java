package vn.hanoi.cooperation.system;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database cannot be reached" (503) and which are ordinary errors. */
class DatabaseUnavailableTest {

	@Test
	void aRollbackOnTheDeadConnectionStillCountsAsTheDatabaseBeingUnreachable() {
		// What replaced the original failure in a real outage: the pool's closed connection has no SQL state.
		JpaSystemException rollback = new JpaSystemException(
				new RuntimeException("Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(DatabaseUnavailable.isConnectionFailure(rollback)).isTrue();
		assertThat(DatabaseUnavailable.isConnectionFailure(
				new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
	}

	@Test
	void aStatementTheDatabaseRefusesIsAnOrdinaryError() {
		assertThat(DatabaseUnavailable.isConnectionFailure(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
		assertThat(DatabaseUnavailable.isConnectionFailure(new IllegalStateException("bug"))).isFalse();
	}

}
