package vn.hanoi.cooperation.account;

import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most as many password hashes at once as the machine has cores: each Argon2id hash takes 16 MB and a core for
 * a while, so a burst of logins (or of guesses) queues here instead of exhausting the heap of a small instance
 * (with -Xmx128m, 32 logins in a row already forced full collections). The queue is fair: first come, first hashed.
 */
final class BoundedPasswordHashing implements PasswordEncoder {

	private final PasswordEncoder hashing;

	private final Semaphore permits;

	BoundedPasswordHashing(PasswordEncoder hashing, int atOnce) {
		this.hashing = hashing;
		this.permits = new Semaphore(atOnce, true);
	}

	static int cores() {
		return Math.max(1, Runtime.getRuntime().availableProcessors());
	}

	@Override
	public String encode(CharSequence rawPassword) {
		acquire();
		try {
			return this.hashing.encode(rawPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		acquire();
		try {
			return this.hashing.matches(rawPassword, encodedPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.hashing.upgradeEncoding(encodedPassword);
	}

	private void acquire() {
		try {
			this.permits.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to hash a password", ex);
		}
	}

}
