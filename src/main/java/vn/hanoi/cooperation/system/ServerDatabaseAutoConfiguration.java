package vn.hanoi.cooperation.system;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * A server database (spring.datasource.url, or a test container) never gets demo data, and a copy of the demo's
 * database never starts there: the README's own dump and restore would otherwise carry the demo accounts, whose
 * password is public, into a real deployment, without the banner that marks them.
 */
@AutoConfiguration(after = EmbeddedDatabaseAutoConfiguration.class,
		beforeName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
public class ServerDatabaseAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(FlywayMigrationStrategy.class)
	FlywayMigrationStrategy demoDataRefusal() {
		return flyway -> {
			if (DemoData.loaded(flyway.getConfiguration().getDataSource())) {
				throw new DemoDataOnServerException();
			}
			flyway.migrate();
		};
	}

}
