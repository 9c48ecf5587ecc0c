package vn.hanoi.cooperation.account;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.hanoi.cooperation.Concurrently;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crowd of logins hashes at most as many passwords at once as allowed (each Argon2id hash takes 16 MB): the others
 * wait their turn, and every one of them is still answered rightly.
 */
class BoundedPasswordHashingTest {

	/** The real Argon2id encoder, counting how many hashes run at the same time. */
	static final class Observed implements PasswordEncoder {

		final AtomicInteger running = new AtomicInteger();

		final AtomicInteger most = new AtomicInteger();

		private final PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

		@Override
		public String encode(CharSequence raw) {
			return observe(() -> this.argon2.encode(raw));
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			return observe(() -> this.argon2.matches(raw, encoded));
		}

		private <T> T observe(java.util.function.Supplier<T> hash) {
			this.most.accumulateAndGet(this.running.incrementAndGet(), Math::max);
			try {
				return hash.get();
			}
			finally {
				this.running.decrementAndGet();
			}
		}

	}

	@Test
	void twentyLoginsAtOnceHashTwoAtATimeAndAreAllAnswered() throws Exception {
		Observed observed = new Observed();
		String hash = observed.encode("mật khẩu của cán bộ");
		observed.most.set(0);
		PasswordEncoder bounded = new BoundedPasswordHashing(observed, 2);
		List<Boolean> answers = Concurrently.run(Concurrently.REQUESTS,
				() -> bounded.matches("mật khẩu của cán bộ", hash));
		assertThat(answers).hasSize(Concurrently.REQUESTS).containsOnly(true);
		assertThat(observed.most).as("hashes at once").hasValueLessThanOrEqualTo(2).hasValueGreaterThan(0);
		assertThat(bounded.matches("một mật khẩu sai", hash)).isFalse();
	}

	@Test
	void withoutTheBoundTheSameCrowdHashesManyAtOnce() throws Exception {
		Observed observed = new Observed();
		String hash = observed.encode("mật khẩu của cán bộ");
		observed.most.set(0);
		Concurrently.run(Concurrently.REQUESTS, () -> observed.matches("mật khẩu của cán bộ", hash));
		assertThat(observed.most).as("what the bound prevents").hasValueGreaterThan(2);
	}

}
