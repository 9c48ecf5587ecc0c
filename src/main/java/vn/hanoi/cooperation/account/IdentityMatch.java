package vn.hanoi.cooperation.account;

import java.util.List;
import java.util.Optional;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Finds the portal account a provider's identity belongs to, by one configured claim: {@code email} is compared
 * with the account's e-mail (only when the provider says it verified the address), any other claim (by default
 * {@code preferred_username}) with the username. Nothing is ever created from the provider's claims: an identity
 * without exactly one account is unknown.
 */
class IdentityMatch {

	static final String EMAIL = "email";

	private final Accounts accounts;

	private final String claim;

	IdentityMatch(Accounts accounts, String claim) {
		this.accounts = accounts;
		this.claim = claim;
	}

	String claim() {
		return this.claim;
	}

	/** The claim's value as the provider sent it, or null. */
	String identity(OidcUser user) {
		Object value = user.getClaims().get(this.claim);
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

	Optional<Account> accountOf(OidcUser user) {
		String identity = identity(user);
		if (identity == null) {
			return Optional.empty();
		}
		if (EMAIL.equals(this.claim)) {
			// An address the provider did not verify could be anyone's: never a key to an account.
			if (!Boolean.TRUE.equals(user.getEmailVerified())) {
				return Optional.empty();
			}
			List<Account> owners = this.accounts.findByEmail(identity);
			return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
		}
		return this.accounts.findByUsername(identity);
	}

}
