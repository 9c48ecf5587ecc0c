package vn.hanoi.cooperation.account;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The provider's identity and the portal account it matched, between the provider's answer and the login: it
 * carries the account's own role only, never one from the provider's claims.
 */
class SingleSignOnUser extends DefaultOidcUser {

	private final PortalUser account;

	SingleSignOnUser(OidcUser identity, PortalUser account) {
		super(account.getAuthorities(), identity.getIdToken(), identity.getUserInfo());
		this.account = account;
	}

	PortalUser account() {
		return this.account;
	}

}
