package vn.hanoi.cooperation.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the insert-only security audit log; the database refuses to change or delete it. */
@Entity
@Immutable
@Table(name = "security_events")
public class SecurityEvent {

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	static final int USERNAME_LENGTH = 60;

	static final int CLIENT_LENGTH = 64;

	static final int DETAIL_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SecurityEventType type;

	@Column(updatable = false)
	private String username;

	@Column(updatable = false)
	private String client;

	@Column(updatable = false)
	private String detail;

	@Column(name = "detail_key", updatable = false)
	private String detailKey;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "detail_args", updatable = false)
	private String[] detailArgs;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected SecurityEvent() {
	}

	SecurityEvent(SecurityEventType type, String username, String client, String detail) {
		this.type = type;
		this.username = clean(username, USERNAME_LENGTH);
		this.client = clean(client, CLIENT_LENGTH);
		this.detail = clean(detail, DETAIL_LENGTH);
		this.createdAt = Instant.now();
	}

	SecurityEvent(SecurityEventType type, String username, String client, SecurityDetail detail) {
		this(type, username, client, detail.text());
		this.detailKey = detail.key();
		this.detailArgs = detail.arguments().stream().map(a -> clean(a, DETAIL_LENGTH)).toArray(String[]::new);
	}

	/** Hostile input reaches the log too: no control characters (PostgreSQL refuses NUL), bounded length. */
	static String clean(String value, int max) {
		if (value == null) {
			return null;
		}
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return printable.length() <= max ? printable : printable.substring(0, max - 1) + "…";
	}

	public Long getId() {
		return this.id;
	}

	public SecurityEventType getType() {
		return this.type;
	}

	public String getUsername() {
		return this.username;
	}

	public String getClient() {
		return this.client;
	}

	public String getDetail() {
		return this.detail;
	}

	/** The message key of the detail, or null for an event written before details were localized. */
	public String getDetailKey() {
		return this.detailKey;
	}

	public Object[] getDetailArgs() {
		return this.detailArgs == null ? new Object[0] : this.detailArgs.clone();
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** Hanoi time, as the administrators read it. */
	public ZonedDateTime getCreatedAtLocal() {
		return this.createdAt.atZone(HANOI);
	}

}
