package vn.hanoi.cooperation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.hanoi.cooperation.system.EmbeddedDatabaseAutoConfiguration;

/**
 * A repository's queries on the test JVM's real PostgreSQL 18 (the same server as {@link PortalTest}, migrated by
 * Flyway), in a JPA slice: no web layer, no services, each test rolled back. One context for every such test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(EmbeddedDatabaseAutoConfiguration.class)
@ActiveProfiles("test")
@Import(TestDatabase.class)
public @interface RepositoryTest {

}
