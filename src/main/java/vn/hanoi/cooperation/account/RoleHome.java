package vn.hanoi.cooperation.account;

/** Where each role lands after logging in. */
public final class RoleHome {

	private RoleHome() {
	}

	public static String pathFor(Role role) {
		return switch (role) {
			case ADMIN -> "/admin";
			case STAFF -> "/my-work";
			case PROVINCE -> "/my-province";
			// The coordinator's day is approvals and chasing departments: the inbox, one click from the dashboard.
			case COORDINATOR -> "/my-work";
			// Leaders follow the whole plan: its dashboard is their page (the menu counts what is new for them).
			case LEADER -> "/dashboard";
		};
	}

}
