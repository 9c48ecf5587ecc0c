package vn.hanoi.cooperation.system;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link KeptSessions} in front of Spring Session's JDBC repository wherever that repository exists: Spring
 * Session's filter takes the primary session repository. An auto-configuration because only one can wait for
 * another's beans (the tests' shared context keeps the container's sessions and has neither).
 */
@AutoConfiguration(afterName = "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
public class KeptSessionsAutoConfiguration {

	@Bean
	@Primary
	@SuppressWarnings({ "unchecked", "rawtypes" })
	KeptSessions keptSessions(JdbcIndexedSessionRepository store, DataSource dataSource) {
		return new KeptSessions((SessionRepository<Session>) (SessionRepository) store, dataSource);
	}

}
