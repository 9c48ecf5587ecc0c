package vn.hanoi.cooperation.audit;

/** What the security audit log records; each has a label in messages ({@code securityEvent.<name>}). */
public enum SecurityEventType {

	LOGIN_SUCCESS, LOGIN_FAILURE, LOGIN_THROTTLED, LOGOUT, SESSION_ENDED,

	ACCESS_DENIED,

	EXPORT, DOWNLOAD,

	ACCOUNT_CREATED, ACCOUNT_CHANGED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, PASSWORD_RESET_LINK_CREATED,
	PASSWORD_CHANGE_REQUIRED, PASSWORD_SET_WITH_LINK, PASSWORD_CHANGED, ADMIN_ACTION,

	API_TOKEN_CREATED, API_TOKEN_REVOKED, API_CALL;

	public String messageKey() {
		return "securityEvent." + name();
	}

}
