package vn.hanoi.cooperation.system;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
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
	 * The session's read and write on every request in plain JDBC transactions (Spring Session takes the bean of
	 * this name): through JPA's transaction manager each opened and closed an entity manager for one statement on
	 * {@code spring_session}, 4 % of a page's CPU in the saturation benchmark.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new TransactionTemplate(new JdbcTransactionManager(dataSource));
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
