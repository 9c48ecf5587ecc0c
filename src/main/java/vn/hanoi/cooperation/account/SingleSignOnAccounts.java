package vn.hanoi.cooperation.account;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Turns the identity the provider vouched for (ID token checked, user info read by Spring's own service) into
 * the portal account it matches, or refuses it: unknown identity, disabled account.
 */
class SingleSignOnAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final IdentityMatch match;

	private final TransactionOperations transactions;

	SingleSignOnAccounts(IdentityMatch match, TransactionOperations transactions) {
		this.match = match;
		this.transactions = transactions;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser identity = this.provider.loadUser(request);
		PortalUser account = this.transactions.execute(status -> this.match.accountOf(identity)
			.map(found -> {
				if (!found.isEnabled()) {
					throw new SingleSignOnRefused(SingleSignOnRefused.Reason.DISABLED, this.match.identity(identity),
							found.getUsername());
				}
				return PortalUser.signedIn(found);
			})
			.orElseThrow(() -> new SingleSignOnRefused(SingleSignOnRefused.Reason.UNKNOWN,
					this.match.identity(identity), null)));
		return new SingleSignOnUser(identity, account);
	}

}
