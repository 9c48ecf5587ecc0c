package vn.hanoi.cooperation.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * A database migrated on the branch that carried the result totals as V69 (see
 * {@code db/migration/beforeValidate__result_totals_renumbered.sql})
 * holds them, renumbered V67, without V64-V66, which landed on main first. Only for such a database, Flyway runs
 * migrations below the highest applied one, so those three run after it; anywhere else the order stays strict
 * (LandedMigrationsTest keeps new migrations above the landed ones).
 */
@Component
class RenumberedMigrations implements FlywayConfigurationCustomizer {

	private static final String BRANCH_SHAPED_HISTORY = """
			select exists (select 1 from flyway_schema_history
			                where script in ('V69__result_totals_and_breakdowns.sql',
			                                 'V67__result_totals_and_breakdowns.sql') and success)
			   and not exists (select 1 from flyway_schema_history where version = '64') as answer""";

	@Override
	public void customize(FluentConfiguration configuration) {
		if (branchShaped(configuration.getDataSource())) {
			configuration.outOfOrder(true);
		}
	}

	static boolean branchShaped(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			// Two statements: on a new database the history table does not exist yet, and a statement naming it fails.
			return answersTrue(statement, "select to_regclass('flyway_schema_history') is not null as answer")
					&& answersTrue(statement, BRANCH_SHAPED_HISTORY);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read Flyway's history before migrating", ex);
		}
	}

	private static boolean answersTrue(Statement statement, String query) throws SQLException {
		try (ResultSet row = statement.executeQuery(query)) {
			return row.next() && row.getBoolean("answer");
		}
	}

}
