package vn.hanoi.cooperation.account;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of a one-time link (password links, the first administrator's link): 256 random bits handed out
 * once; only its SHA-256 is stored, so a copy of the database lets nobody use a link.
 */
public final class OneTimeToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String PATTERN = "[A-Za-z0-9_-]{43}";

	private OneTimeToken() {
	}

	public static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Anything else in a link's path is no token of ours: answered without a database query. */
	public static boolean wellFormed(String token) {
		return token != null && token.matches(PATTERN);
	}

	/** The form stored; a token is ASCII, so its UTF-8 bytes are the bytes hashed before {@link Sha256} existed. */
	public static String hash(String token) {
		return Sha256.hex(token);
	}

}
