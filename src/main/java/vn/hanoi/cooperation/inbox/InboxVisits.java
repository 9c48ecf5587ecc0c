package vn.hanoi.cooperation.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each person opened their inbox. Opening it again within half an hour is the same visit, so reloading the
 * page keeps the digest of what changed since the visit before.
 */
@Repository
class InboxVisits {

	private final JdbcClient jdbc;

	InboxVisits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a visit now and answers when the visit before it began (empty on the first visit). */
	Optional<Instant> visit(long accountId, Instant now) {
		return this.jdbc.sql("""
				insert into inbox_visits (account_id, last_visit_at, created_at, updated_at) values (:accountId, :now, :now, :now)
				on conflict (account_id) do update set
				  previous_visit_at = case when inbox_visits.last_visit_at < excluded.last_visit_at - interval '30 minutes'
				                           then inbox_visits.last_visit_at else inbox_visits.previous_visit_at end,
				  last_visit_at = excluded.last_visit_at, updated_at = excluded.last_visit_at
				returning previous_visit_at""")
			.param("accountId", accountId)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp("previous_visit_at")).map(Timestamp::toInstant))
			.single();
	}

}
