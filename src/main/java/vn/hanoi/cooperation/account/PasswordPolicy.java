package vn.hanoi.cooperation.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a new password must be: 12 to 128 characters of any script (counted as Unicode code points, so a
 * 64-character Vietnamese passphrase fits), not on the shipped list of common passwords, not the demo accounts'
 * password (printed in the README), not the username. No composition rules: length beats forced symbols.
 */
@Component
public class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		Set<String> refused = new HashSet<>(load("account/common-passwords.txt"));
		// Public in the README and every demo start-up log: the first guess against a real instance.
		refused.add(canonical(DemoAccounts.PASSWORD));
		this.common = Set.copyOf(refused);
	}

	/** Adds errors on {@code field} when {@code password} breaks the policy. */
	public void validate(String password, String username, Errors errors, String field) {
		if (password == null || password.isEmpty()) {
			errors.rejectValue(field, "NotBlank");
			return;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH || length > MAXIMUM_LENGTH) {
			errors.rejectValue(field, "password.length", new Object[] { MINIMUM_LENGTH, MAXIMUM_LENGTH }, null);
			return;
		}
		if (password.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
			errors.rejectValue(field, "password.controlCharacters");
			return;
		}
		String key = canonical(password);
		if (this.common.contains(key) || (username != null && key.equals(canonical(username)))) {
			errors.rejectValue(field, "password.common");
		}
	}

	public boolean isCommon(String password) {
		return this.common.contains(canonical(password));
	}

	/** "Mật Khẩu 2025" and "matkhau2025" are the same guess to an attacker. */
	static String canonical(String value) {
		String decomposed = Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					words.add(canonical(line.strip()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
