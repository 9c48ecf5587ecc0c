package vn.hanoi.cooperation.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The default run: without {@code spring.datasource.url} the portal starts its own PostgreSQL 18 and keeps its
 * files in {@code ./data/}. Runs after the Testcontainers service connections so that a test container, when
 * Docker answers, wins.
 */
@AutoConfiguration(
		beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@Conditional(EmbeddedDatabaseAutoConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
		EmbeddedPostgres postgres = EmbeddedPostgresServer.startOrGet(properties.dataDirectory(), properties.port());
		return new EmbeddedDatabase(properties.dataDirectory().toAbsolutePath().normalize(),
				EmbeddedPostgresServer.jdbcUrl(postgres), properties.demoData(), EmbeddedPostgresServer.password(postgres));
	}

	/**
	 * After the schema migrations, demo records go in with their own history table, in embedded mode only; before
	 * them, a directory whose data does not match the run stops the start.
	 */
	@Bean
	@ConditionalOnBean(EmbeddedDatabase.class)
	FlywayMigrationStrategy demoDataMigrationStrategy(EmbeddedDatabase database) {
		return flyway -> {
			DemoData.checkDirectory(flyway.getConfiguration().getDataSource(), database.dataDirectory(),
					database.demoData());
			flyway.migrate();
			if (database.demoData()) {
				DemoData.migrate(flyway.getConfiguration().getDataSource());
			}
		};
	}

	static class NoDataSourceUrl extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return StringUtils.hasText(url) ? ConditionOutcome.noMatch("spring.datasource.url is set")
					: ConditionOutcome.match("no spring.datasource.url: embedded PostgreSQL");
		}

	}

}
