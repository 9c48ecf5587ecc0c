package vn.hanoi.cooperation.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a text's UTF-8 bytes, as the login tables and the one-time links keep it. The hex form is what
 * PostgreSQL writes as {@code encode(sha256(convert_to(text, 'UTF8')), 'hex')}, which V97 used to convert the rows
 * already there.
 */
final class Sha256 {

	private Sha256() {
	}

	static byte[] of(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hex(String text) {
		return HexFormat.of().formatHex(of(text));
	}

}
