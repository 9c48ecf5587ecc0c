package vn.hanoi.cooperation.system;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.hanoi.cooperation.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway's history never breaks an existing database: the migrations listed in the ledger are still there,
 * unchanged, and a new one is numbered above all of them. The second half proves each rule bites.
 */
class LandedMigrationsTest {

	private static final MigrationLedger.Entry V63 = new MigrationLedger.Entry("db/migration", "63",
			"province page reads", 1);

	private static final MigrationLedger.Entry DEMO_V4 = new MigrationLedger.Entry("db/demo", "4",
			"demo province results", 2);

	@Test
	void theMigrationsOnTheClassPathKeepTheLedger() {
		TestDatabase.ServerAddress server = TestDatabase.server();
		List<MigrationLedger.Entry> present = MigrationLedger.present(new SimpleDriverDataSource(
				new org.postgresql.Driver(), server.jdbcUrl(), server.username(), server.password()));
		assertThat(present).as("migrations found").isNotEmpty();
		List<String> problems = MigrationLedger.problems(MigrationLedger.landed(), present);
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}

	@Test
	void theLedgerListsEveryMigrationOfTheSessionsBefore() {
		assertThat(MigrationLedger.landed()).extracting(MigrationLedger.Entry::name)
			.contains("db/migration/V1__reference_schema.sql", "db/migration/V61__dashboard_data_version.sql",
					"db/migration/V63__province_page_reads.sql", "db/demo/V2__demo_agreements.sql",
					"db/demo/V4__demo_province_results.sql")
			.doesNotHaveDuplicates();
	}

	@Test
	void aLandedMigrationThatChangesIsRefused() {
		var edited = new MigrationLedger.Entry("db/migration", "63", "province page reads", 99);
		assertThat(MigrationLedger.problems(List.of(V63, DEMO_V4), List.of(edited, DEMO_V4)))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("V63__province_page_reads.sql has landed and has changed");
	}

	@Test
	void aLandedMigrationThatDisappearsOrIsRenumberedIsRefused() {
		var renumbered = new MigrationLedger.Entry("db/migration", "70", "province page reads", 1);
		assertThat(MigrationLedger.problems(List.of(V63, DEMO_V4), List.of(renumbered, DEMO_V4)))
			.anySatisfy(problem -> assertThat(problem).contains("V63__province_page_reads.sql has landed and is gone"));
	}

	@Test
	void aNewMigrationAtOrBelowTheHighestLandedIsRefused() {
		var below = new MigrationLedger.Entry("db/migration", "43", "dashboard data version", 5);
		var between = new MigrationLedger.Entry("db/demo", "3.5", "more demo", 6);
		assertThat(MigrationLedger.problems(List.of(V63, DEMO_V4), List.of(V63, DEMO_V4, below, between)))
			.containsExactly(
					"db/demo/V3.5__more_demo.sql is numbered at or below V4, the highest landed in db/demo: a database "
							+ "already past V4 would never run it. Renumber it above every landed migration.",
					"db/migration/V43__dashboard_data_version.sql is numbered at or below V63, the highest landed in "
							+ "db/migration: a database already past V63 would never run it. Renumber it above every "
							+ "landed migration.");
	}

	@Test
	void aNewMigrationAboveTheLandedOnesIsAcceptedOnceItsLineIsAdded() {
		var v64 = new MigrationLedger.Entry("db/migration", "64", "first administrator links", 7);
		var demoV5 = new MigrationLedger.Entry("db/demo", "5", "demo reports", 8);
		List<MigrationLedger.Entry> present = List.of(V63, DEMO_V4, v64, demoV5);
		assertThat(MigrationLedger.problems(List.of(V63, DEMO_V4), present)).containsExactly(
				"Not in src/test/resources/db/landed-migrations.csv yet. When these land, append exactly:\n"
						+ "db/demo,5,demo reports,8\ndb/migration,64,first administrator links,7");
		List<MigrationLedger.Entry> ledger = new ArrayList<>(List.of(V63, DEMO_V4));
		ledger.add(MigrationLedger.Entry.parse("db/demo,5,demo reports,8"));
		ledger.add(MigrationLedger.Entry.parse("db/migration,64,first administrator links,7"));
		assertThat(MigrationLedger.problems(ledger, present)).isEmpty();
	}

}
