package vn.hanoi.cooperation.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a login so that every failure costs one Argon2id hash, and timing tells nothing about the account: an
 * unknown username is hashed against Spring's own dummy, an account without a password yet against ours, and a
 * disabled account's status is checked only after its hash (Spring checks it before, answering six times sooner).
 */
class EqualWorkAuthenticationProvider extends DaoAuthenticationProvider {

	/**
	 * A hash of a random secret nobody knows, with the encoder's own parameters, so it costs what a real one does.
	 * Made on first need, as Spring makes its own: not on the start-up's main thread (0.4 s).
	 */
	private volatile String dummyHash;

	EqualWorkAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
		super(users);
		setPasswordEncoder(encoder);
		setPreAuthenticationChecks(user -> {
		});
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken login) {
		String presented = login.getCredentials() == null ? "" : login.getCredentials().toString();
		boolean hasPassword = user.getPassword() != null && !user.getPassword().isEmpty();
		boolean matches = getPasswordEncoder().matches(presented, hasPassword ? user.getPassword() : dummyHash());
		if (!user.isEnabled()) {
			throw new DisabledException(this.messages
				.getMessage("AbstractUserDetailsAuthenticationProvider.disabled", "User is disabled"));
		}
		if (!matches || !hasPassword) {
			throw new BadCredentialsException(this.messages
				.getMessage("AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
		}
	}

	private String dummyHash() {
		String hash = this.dummyHash;
		if (hash == null) {
			byte[] secret = new byte[24];
			new SecureRandom().nextBytes(secret);
			hash = getPasswordEncoder().encode(Base64.getEncoder().encodeToString(secret));
			this.dummyHash = hash;
		}
		return hash;
	}

}
