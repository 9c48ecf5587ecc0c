package vn.hanoi.cooperation.account;

/** The five roles of the portal (see the design's "Users and roles"). */
public enum Role {

	ADMIN, COORDINATOR, STAFF, LEADER, PROVINCE;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

}
