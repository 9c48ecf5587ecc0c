package vn.hanoi.cooperation.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.OneTimeToken;
import vn.hanoi.cooperation.system.SqlValues;

/**
 * Personal access tokens of the read API. A token is handed out once, at creation; only its SHA-256 is stored, so a
 * copy of the database lets nobody call the API.
 */
@Repository
class ApiTokens {

	/** Tokens start with this, so that secret scanners and people recognise one. */
	static final String PREFIX = "hnp_";

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates a token and returns its secret: the only time the secret exists outside the caller's hands. */
	@Transactional
	String create(Long accountId, String name, Instant expiresAt) {
		String secret = PREFIX + OneTimeToken.generate();
		this.jdbc.sql("""
				insert into api_tokens (account_id, name, token_hash, expires_at)
				values (:accountId, :name, :tokenHash, :expiresAt)""")
			.param("accountId", accountId)
			.param("name", name)
			.param("tokenHash", OneTimeToken.hash(secret))
			.param("expiresAt", java.sql.Timestamp.from(expiresAt))
			.update();
		return secret;
	}

	@Transactional(readOnly = true)
	List<ApiTokenRow> of(Long accountId) {
		return this.jdbc.sql("""
				select t.id, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at,
				       t.expires_at <= now() as expired,
				       -- As use() refuses it: made before a password reset or a change of the account's rights.
				       coalesce(t.created_at < a.sessions_valid_after, false) as ended
				  from api_tokens t join accounts a on a.id = t.account_id
				 where t.account_id = :accountId order by t.created_at desc, t.id desc""")
			.param("accountId", accountId)
			.query((rs, n) -> new ApiTokenRow(rs.getLong("id"), rs.getString("name"),
					SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "expires_at"),
					SqlValues.instant(rs, "last_used_at"), SqlValues.instant(rs, "revoked_at"), rs.getBoolean("expired"),
					rs.getBoolean("ended")))
			.list();
	}

	/** What revoking one of the account's tokens did. */
	enum Revocation {

		REVOKED, ALREADY_REVOKED, NOT_FOUND

	}

	/** Revokes one of the account's own tokens; another account's token, or none, is not found. */
	@Transactional
	Revocation revoke(Long accountId, Long tokenId) {
		if (this.jdbc.sql("""
				update api_tokens set revoked_at = now(), updated_at = now()
				 where id = :tokenId and account_id = :accountId and revoked_at is null""")
			.param("tokenId", tokenId)
			.param("accountId", accountId)
			.update() == 1) {
			return Revocation.REVOKED;
		}
		// Revoked before, from another tab or by a double click.
		return this.jdbc.sql("select 1 from api_tokens where id = :tokenId and account_id = :accountId")
			.param("tokenId", tokenId)
			.param("accountId", accountId)
			.query(Integer.class)
			.optional()
			.map(found -> Revocation.ALREADY_REVOKED)
			.orElse(Revocation.NOT_FOUND);
	}

	/**
	 * The live token with this secret, with its account if that account may still log in. A password reset ends the
	 * tokens made before it, as it ends sessions. One statement: lookup and last use. The last use is written at most
	 * once a minute (the list shows it to the minute): written on every call, each call committed a write and waited
	 * for the disk, and a client calling in a loop served fewer lists than the HTML page did.
	 */
	@Transactional
	Optional<Bearer> use(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)
				|| !OneTimeToken.wellFormed(secret.substring(PREFIX.length()))) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				with live as (
				    select t.id, t.account_id, t.last_used_at
				      from api_tokens t
				      join accounts a on a.id = t.account_id
				     where t.token_hash = :tokenHash and t.revoked_at is null and t.expires_at > now()
				       and a.enabled and a.password_hash is not null
				       and (a.sessions_valid_after is null or t.created_at >= a.sessions_valid_after)),
				used as (
				    update api_tokens t set last_used_at = now()
				      from live
				     where t.id = live.id
				       and (live.last_used_at is null or live.last_used_at < now() - interval '1 minute'))
				select id, account_id from live""")
			.param("tokenHash", OneTimeToken.hash(secret))
			.query((rs, n) -> new Bearer(rs.getLong("id"), rs.getLong("account_id")))
			.optional();
	}

	/** A token that was accepted, and whose it is. */
	record Bearer(Long tokenId, Long accountId) {
	}

}
