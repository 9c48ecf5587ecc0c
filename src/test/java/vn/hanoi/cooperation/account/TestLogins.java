package vn.hanoi.cooperation.account;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What tests outside this package need of the login throttle's rows, filed under {@link LoginThrottle#accountKey}
 * (kept package-private in the portal): one rule for what a typed name's rows are filed under, the portal's own.
 */
public final class TestLogins {

	private TestLogins() {
	}

	/** Forgets the failed logins counted against a typed name, so that its account is not locked for later tests. */
	public static void forgetFailures(JdbcTemplate jdbc, String username) {
		jdbc.update("delete from login_attempts where account_digest = ?", LoginThrottle.accountKey(username));
	}

}
