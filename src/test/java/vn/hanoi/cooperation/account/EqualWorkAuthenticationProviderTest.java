package vn.hanoi.cooperation.account;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every login costs one Argon2id verification, whatever the account: the time a failure takes tells an attacker
 * nothing. Counted, not timed: the portal's own encoder is wrapped and every verification against an Argon2id
 * hash is counted.
 */
@PortalTest
class EqualWorkAuthenticationProviderTest {

	static final String PASSWORD = "một mật khẩu đủ dài 2025";

	/** The portal's encoder, counting how often it is asked to verify a password against an Argon2id hash. */
	static class CountingEncoder implements PasswordEncoder {

		final AtomicInteger argon2Verifications = new AtomicInteger();

		private final PasswordEncoder real;

		CountingEncoder(PasswordEncoder real) {
			this.real = real;
		}

		@Override
		public String encode(CharSequence raw) {
			return this.real.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			if (encoded != null && encoded.contains("$argon2id$")) {
				this.argon2Verifications.incrementAndGet();
			}
			return this.real.matches(raw, encoded);
		}

		@Override
		public boolean upgradeEncoding(String encoded) {
			return this.real.upgradeEncoding(encoded);
		}

	}

	@Autowired
	AccountDetailsService details;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuthenticationConfiguration authentication;

	private final String prefix = "bang." + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void everyFailureAndTheSuccessCostOneArgon2Verification() {
		String hash = this.passwordEncoder.encode(PASSWORD);
		this.transactions.executeWithoutResult(status -> {
			this.accounts.save(Account.of(Role.LEADER, this.prefix + ".co", "Có mật khẩu", hash));
			this.accounts.save(Account.of(Role.LEADER, this.prefix + ".chua", "Chưa có mật khẩu", null));
			Account disabled = Account.of(Role.LEADER, this.prefix + ".khoa", "Bị khóa", hash);
			disabled.disable(Instant.now());
			this.accounts.save(disabled);
		});
		CountingEncoder encoder = new CountingEncoder(this.passwordEncoder);
		EqualWorkAuthenticationProvider provider = new EqualWorkAuthenticationProvider(this.details, encoder);

		assertOneVerification(provider, encoder, this.prefix + ".khong.co", PASSWORD, BadCredentialsException.class);
		assertOneVerification(provider, encoder, "not a username\u0000", PASSWORD, BadCredentialsException.class);
		assertOneVerification(provider, encoder, this.prefix + ".chua", PASSWORD, DisabledException.class);
		assertOneVerification(provider, encoder, this.prefix + ".khoa", PASSWORD, DisabledException.class);
		assertOneVerification(provider, encoder, this.prefix + ".khoa", "sai", DisabledException.class);
		assertOneVerification(provider, encoder, this.prefix + ".co", "sai", BadCredentialsException.class);
		assertOneVerification(provider, encoder, this.prefix + ".co", "", BadCredentialsException.class);

		int before = encoder.argon2Verifications.get();
		assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(this.prefix + ".co",
				PASSWORD)).isAuthenticated()).isTrue();
		assertThat(encoder.argon2Verifications.get() - before).isOne();
	}

	@Test
	void theFormLoginChecksPasswordsThroughThisProviderOnly() throws Exception {
		assertThat(this.authentication.getAuthenticationManager()).isInstanceOfSatisfying(ProviderManager.class,
				manager -> assertThat(manager.getProviders()).singleElement()
					.isInstanceOf(EqualWorkAuthenticationProvider.class));
	}

	private static void assertOneVerification(EqualWorkAuthenticationProvider provider, CountingEncoder encoder,
			String username, String password, Class<? extends AuthenticationException> failure) {
		int before = encoder.argon2Verifications.get();
		assertThatThrownBy(() -> provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)))
			.as(username)
			.isInstanceOf(failure);
		assertThat(encoder.argon2Verifications.get() - before).as(username).isOne();
	}

}
