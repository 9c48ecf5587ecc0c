package vn.hanoi.cooperation.system;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL write their attributes with an upsert: two requests of one session that add the same
 * attribute at once (a double click leaves two flash messages) would otherwise both insert it, and the second
 * would answer 500 on the attributes' primary key although its own write had succeeded.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Every page sets the session's last access, and Spring Session wrote it back each time: a row update, its index
	 * entries and a flush to disk per page view. The row is now written only when the last access moved by a minute
	 * or more, or when something else about the session changed (its id at login, its owner, its idle limit); the
	 * 30-minute idle limit may therefore end up to a minute early. Same parameters, in the same order, as the
	 * library's own statement.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerMinute() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_AT_MOST_ONCE_A_MINUTE);
	}

	/** After an upgrade, a session attribute the new version cannot read asks its holder to sign in again. */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesOfAnotherVersionLeftUnread() {
		return repository -> repository
			.setConversionService(SessionAttributesOfAnotherVersion.conversions(getClass().getClassLoader()));
	}

	static final long LAST_ACCESS_STEP_MILLIS = 60_000;

	private static final String UPDATE_AT_MOST_ONCE_A_MINUTE = """
			UPDATE %TABLE_NAME% s
			   SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
			       MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
			       PRINCIPAL_NAME = v.principal_name
			  FROM (SELECT CAST(? AS char(36)) AS session_id, CAST(? AS bigint) AS last_access_time,
			               CAST(? AS int) AS max_inactive_interval, CAST(? AS bigint) AS expiry_time,
			               CAST(? AS varchar(100)) AS principal_name, CAST(? AS char(36)) AS primary_id) v
			 WHERE s.PRIMARY_ID = v.primary_id
			   AND (v.last_access_time - s.LAST_ACCESS_TIME >= """ + LAST_ACCESS_STEP_MILLIS + """
			        OR s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
			        OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name)
			""";

	/**
	 * The session's read and write on every request in plain JDBC transactions (Spring Session takes the bean of
	 * this name): through JPA's transaction manager each opened and closed an entity manager for one statement on
	 * {@code spring_session}, 4 % of a page's CPU in the saturation benchmark. Always a transaction of its own: a
	 * session saved when a streamed export commits its response would otherwise join the export's read-only
	 * transaction, fail on its last-access update and cut the file short.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		TransactionTemplate template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}

	/**
	 * The application's template on JPA's transaction manager, as Spring Boot declares it: its own backs off when
	 * any {@link TransactionOperations} bean exists, such as the session store's above.
	 */
	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager);
	}

}
