package vn.hanoi.cooperation.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static vn.hanoi.cooperation.system.SqlValues.instant;

/** A person's notifications; every query is bound to the account, so nobody reads or marks another's. */
@Repository
class Notifications {

	record Row(Long id, NotificationKind kind, String link, String labelVi, String labelEn, String detail,
			Instant createdAt, Instant readAt) {

		public String label(String language) {
			return "en".equals(language) ? this.labelEn : this.labelVi;
		}

		public boolean unread() {
			return this.readAt == null;
		}

		public java.time.LocalDateTime createdAtLocal() {
			return java.time.LocalDateTime.ofInstant(this.createdAt, NotificationSettings.HANOI);
		}

	}

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One statement, on every page (the bell): no transaction around it, whose begin and commit cost more. */
	long unreadCount(Long accountId) {
		return this.jdbc.sql("select count(*) from notifications where account_id = :accountId and read_at is null")
			.param("accountId", accountId)
			.query(Long.class)
			.single();
	}

	/** How many the person has, read or not (where a page past the end sends them). */
	long count(Long accountId) {
		return this.jdbc.sql("select count(*) from notifications where account_id = :accountId")
			.param("accountId", accountId)
			.query(Long.class)
			.single();
	}

	/** The latest first, one page at a time (one statement whatever the number). */
	@Transactional(readOnly = true)
	List<Row> latest(Long accountId, int page, int size) {
		return this.jdbc.sql("""
				select id, kind, link, label_vi, label_en, detail, created_at, read_at from notifications
				where account_id = :accountId order by created_at desc, id desc limit :limit offset :offset""")
			.param("accountId", accountId)
			.param("limit", size + 1)
			.param("offset", page * size)
			.query((rs, n) -> new Row(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
					rs.getString("link"), rs.getString("label_vi"), rs.getString("label_en"), rs.getString("detail"),
					instant(rs, "created_at"), instant(rs, "read_at")))
			.list();
	}

	/** Marks the person's own notification read and tells where its item is; empty when it is not theirs. */
	@Transactional
	Optional<String> markRead(Long id, Long accountId) {
		return this.jdbc.sql("""
				update notifications set read_at = coalesce(read_at, now()), updated_at = now()
				where id = :id and account_id = :accountId returning link""")
			.param("id", id)
			.param("accountId", accountId)
			.query(String.class)
			.optional();
	}

	@Transactional
	int markAllRead(Long accountId) {
		return this.jdbc.sql("""
				update notifications set read_at = now(), updated_at = now()
				where account_id = :accountId and read_at is null""").param("accountId", accountId).update();
	}

}
