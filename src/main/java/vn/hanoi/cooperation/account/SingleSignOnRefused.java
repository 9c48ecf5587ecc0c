package vn.hanoi.cooperation.account;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The provider vouched for an identity, but the portal has no enabled account for it. */
class SingleSignOnRefused extends OAuth2AuthenticationException {

	/** Why, as the refusal page's {@code reason} parameter says it. */
	enum Reason {

		UNKNOWN, DISABLED;

		String parameter() {
			return name().toLowerCase();
		}

	}

	private final Reason reason;

	private final String identity;

	private final String username;

	SingleSignOnRefused(Reason reason, String identity, String username) {
		super(new OAuth2Error("portal_account_" + reason.parameter()), "No enabled portal account for the identity");
		this.reason = reason;
		this.identity = identity;
		this.username = username;
	}

	Reason reason() {
		return this.reason;
	}

	/** The matching claim's value, for the security log. */
	String identity() {
		return this.identity;
	}

	/** The portal account, when there is one (a disabled account), else null. */
	String username() {
		return this.username;
	}

}
