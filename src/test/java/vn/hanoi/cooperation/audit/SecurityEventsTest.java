package vn.hanoi.cooperation.audit;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

	@Autowired
	SecurityEvents events;

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

	/** The log's one paged query: its count query is derived by the plain rewriter (system/PlainQueryRewriting). */
	@Test
	void aFilteredLogCountsEveryPage() {
		String username = "audit." + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 3; i++) {
			this.auditLog.record(SecurityEventType.EXPORT, username, "activities " + i + ".xlsx");
		}
		Page<SecurityEvent> first = this.events.findFiltered(SecurityEventType.EXPORT, username.toUpperCase(), null,
				null, PageRequest.of(0, 2));
		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.getContent()).extracting(SecurityEvent::getDetail)
			.containsExactly("activities 2.xlsx", "activities 1.xlsx");
	}

	private int count(String username) {
		return this.jdbc.queryForObject("select count(*) from security_events where username = ?", Integer.class,
				username);
	}

}
