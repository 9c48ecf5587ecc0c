package vn.hanoi.cooperation.account;

import java.time.Instant;

/** What each request checks about the logged-in account, read in one small query. */
record SessionState(boolean enabled, Instant sessionsValidAfter, boolean mustChangePassword, String displayName) {

	boolean admits(PortalUser user) {
		return this.enabled
				&& (this.sessionsValidAfter == null || !user.getAuthenticatedAt().isBefore(this.sessionsValidAfter));
	}

}
