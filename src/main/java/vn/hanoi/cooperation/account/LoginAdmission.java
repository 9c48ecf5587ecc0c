package vn.hanoi.cooperation.account;

import java.time.Duration;

/**
 * The throttle's answer to one login attempt: either it may go on to the password check (and is counted as a
 * failure until it succeeds), or it must wait. {@code accountWide} says the account's hourly budget is spent,
 * so that only a browser or an address that logged in to it before may try.
 *
 * @param attemptId the attempt's row, deleted if it succeeds; null when refused
 * @param account the key the throttle files the typed name's rows under ({@link LoginThrottle#accountKey})
 * @param client the address, or the device that proved itself on this account
 * @param address the client's network address
 * @param deviceToken the device cookie the browser presented, if any
 * @param retryAfter how long to wait; null when admitted
 */
record LoginAdmission(Long attemptId, String account, String client, String address, String deviceToken,
		Duration retryAfter, boolean accountWide) {

	static LoginAdmission admitted(long attemptId, String account, String client, String address,
			String deviceToken) {
		return new LoginAdmission(attemptId, account, client, address, deviceToken, null, false);
	}

	static LoginAdmission refused(Duration retryAfter, boolean accountWide) {
		return new LoginAdmission(null, null, null, null, null, retryAfter, accountWide);
	}

	boolean isRefused() {
		return this.retryAfter != null;
	}

}
