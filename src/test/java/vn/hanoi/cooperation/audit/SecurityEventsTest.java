package vn.hanoi.cooperation.audit;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit log takes new lines and refuses everything else, even from the database superuser. */
@PortalTest
class SecurityEventsTest {

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLogCannotBeUpdatedDeletedOrTruncated() {
		String username = "audit." + UUID.randomUUID().toString().substring(0, 8);
		this.auditLog.record(SecurityEventType.EXPORT, username, "activities 2025.xlsx");
		assertThat(count(username)).isEqualTo(1);
		assertThatThrownBy(() -> this.jdbc.update("update security_events set detail = 'x' where username = ?", username))
			.rootCause().hasMessageContaining("insert-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from security_events where username = ?", username))
			.rootCause().hasMessageContaining("insert-only");
		assertThatThrownBy(() -> this.jdbc.execute("truncate security_events")).rootCause().hasMessageContaining("insert-only");
		assertThat(count(username)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select detail from security_events where username = ?", String.class,
				username)).isEqualTo("activities 2025.xlsx");
	}

	@Test
	void hostileDetailsAreStoredBoundedAndWithoutControlCharacters() {
		String username = "audit." + UUID.randomUUID().toString().substring(0, 8);
		this.auditLog.record(SecurityEventType.DOWNLOAD, username, "a\u0000b" + "x".repeat(5000));
		String detail = this.jdbc.queryForObject("select detail from security_events where username = ?",
				String.class, username);
		assertThat(detail).startsWith("a?b").hasSize(1000);
	}

	private int count(String username) {
		return this.jdbc.queryForObject("select count(*) from security_events where username = ?", Integer.class,
				username);
	}

}
