package vn.hanoi.cooperation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

import vn.hanoi.cooperation.system.EmbeddedPostgresServer;

/**
 * One real PostgreSQL 18 per test JVM, chosen once: a Testcontainers {@code postgres:18} when a Docker engine
 * answers, otherwise the portal's own embedded PostgreSQL on a fresh directory under {@code target/}. Never
 * skipped: a machine without Docker runs every test on the embedded server. That server is thrown away after
 * the run, so it runs without fsync (the portal's own embedded server is durable). It asks for a password as the
 * portal's does (it could have stayed trust, being a throwaway under {@code target/}): so every test run on it proves
 * that the data source, Flyway and the session listener connect with the password.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	public static final boolean DOCKER = DockerClientFactory.instance().isDockerAvailable();

	private static PostgreSQLContainer container;

	static {
		if (!DOCKER) {
			// System properties outrank application.properties; every context of this JVM shares the directory.
			Path directory = freshDirectory();
			System.setProperty("portal.embedded.data-directory", directory.toString());
			System.setProperty("portal.embedded.port", "0");
			// Started here, before any context asks for it, so that every context shares this throwaway server.
			EmbeddedPostgresServer.startOrGetThrowaway(directory, 0);
		}
	}

	@Bean(destroyMethod = "")
	@ServiceConnection
	@Conditional(DockerAnswers.class)
	PostgreSQLContainer postgres() {
		return sharedContainer();
	}

	/** The JVM's database server, for tests that need a database of their own on it. */
	public static synchronized ServerAddress server() {
		if (DOCKER) {
			PostgreSQLContainer postgres = sharedContainer();
			return new ServerAddress(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
		}
		EmbeddedPostgres postgres = EmbeddedPostgresServer
			.startOrGet(Path.of(System.getProperty("portal.embedded.data-directory")), 0);
		return new ServerAddress(EmbeddedPostgresServer.jdbcUrl(postgres), "postgres",
				EmbeddedPostgresServer.password(postgres));
	}

	/** A server's JDBC URL and credentials; {@link #withDatabase} points the URL at another database. */
	public record ServerAddress(String jdbcUrl, String username, String password) {

		public String withDatabase(String database) {
			return this.jdbcUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
		}

	}

	private static synchronized PostgreSQLContainer sharedContainer() {
		if (container == null) {
			container = new PostgreSQLContainer("postgres:18");
			container.start();
		}
		return container;
	}

	private static Path freshDirectory() {
		try {
			Path target = Files.createDirectories(Path.of("target"));
			return Files.createTempDirectory(target.toAbsolutePath(), "test-postgres-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static class DockerAnswers implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DOCKER;
		}

	}

}
