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
			// Leaders and the coordinator follow the whole plan: its dashboard is their page.
			case COORDINATOR, LEADER -> "/dashboard";
		};
	}

}
