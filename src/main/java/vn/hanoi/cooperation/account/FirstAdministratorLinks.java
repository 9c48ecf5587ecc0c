package vn.hanoi.cooperation.account;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;

/**
 * The one-time link that creates the first administrator with a username and password of the user's choosing:
 * valid 24 hours, used once, and dead as soon as any administrator exists. Only the token's hash is stored.
 */
@Service
class FirstAdministratorLinks {

	static final Duration VALIDITY = Duration.ofHours(24);

	private static final String USABLE = "token_hash = :tokenHash and used_at is null and expires_at > now()";

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	FirstAdministratorLinks(JdbcClient jdbc, Accounts accounts, PasswordEncoder passwordEncoder, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
	}

	/**
	 * A new link. Earlier ones stay good until they expire: two instances starting together both print a link
	 * that works, and the creation lock lets only one of them create an administrator.
	 */
	@Transactional
	public IssuedLink issue() {
		String token = OneTimeToken.generate();
		Instant expiresAt = this.jdbc
			.sql("insert into first_administrator_links (token_hash, expires_at) values (:tokenHash, now() + cast(:validity as interval)) "
					+ "returning expires_at")
			.param("tokenHash", OneTimeToken.hash(token))
			.param("validity", VALIDITY.toSeconds() + " seconds")
			.query(Instant.class)
			.single();
		return new IssuedLink(token, expiresAt);
	}

	record IssuedLink(String token, Instant expiresAt) {
	}

	@Transactional(readOnly = true)
	public boolean usable(String token) {
		return OneTimeToken.wellFormed(token) && !this.accounts.existsByRole(Role.ADMIN)
				&& this.jdbc.sql("select exists (select 1 from first_administrator_links where " + USABLE + ")")
					.param("tokenHash", OneTimeToken.hash(token))
					.query(Boolean.class)
					.single();
	}

	/**
	 * Uses the link up and creates the administrator, or does nothing and answers false when the link no longer
	 * works: used, expired, unknown, or an administrator exists (created meanwhile through another link or the
	 * environment, which take the same lock).
	 */
	@Transactional
	public boolean createAdministrator(String token, String username, String displayName, String password) {
		if (!OneTimeToken.wellFormed(token)) {
			return false;
		}
		FirstAdministrator.lockCreation(this.jdbc);
		if (this.accounts.existsByRole(Role.ADMIN)) {
			return false;
		}
		int claimed = this.jdbc.sql("update first_administrator_links set used_at = now() where " + USABLE)
			.param("tokenHash", OneTimeToken.hash(token))
			.update();
		if (claimed == 0) {
			return false;
		}
		this.accounts.save(Account.administrator(username, displayName, this.passwordEncoder.encode(password)));
		this.auditLog.recordAbout(SecurityEventType.ACCOUNT_CREATED, username, SecurityDetail
			.of("ADMIN, the first, through the set-up link", "audit.detail.accountCreated.firstAdministrator"));
		return true;
	}

}
