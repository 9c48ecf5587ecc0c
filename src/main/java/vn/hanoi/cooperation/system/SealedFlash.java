package vn.hanoi.cooperation.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A secret shown once on the page a form redirects to (a new API token, a set-password link). A flash attribute
 * waits in the session store (PostgreSQL, its write-ahead log, its backups) until that page is read, so the secret
 * travels sealed with a key that exists only in this instance's memory and never rests there in clear. A page
 * served by another instance, or after a restart, cannot open it and says so ({@code <name>Lost}) instead.
 */
@Component
public class SealedFlash {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	SealedFlash() throws GeneralSecurityException {
		KeyGenerator generator = KeyGenerator.getInstance("AES");
		generator.init(256, this.random);
		this.key = generator.generateKey();
	}

	/** Adds the secret, sealed, as the flash attribute {@code name}. */
	public void add(RedirectAttributes redirect, String name, String secret) {
		redirect.addFlashAttribute(name, new Sealed(seal(secret)));
	}

	/**
	 * Replaces the flash attribute {@code name} with its secret, or with the flag {@code <name>Lost} when this
	 * instance cannot open it; leaves the model alone without one.
	 */
	public void open(Model model, String name) {
		if (model.getAttribute(name) instanceof Sealed sealed) {
			String secret = unseal(sealed.value());
			if (secret == null) {
				model.asMap().remove(name);
				model.addAttribute(name + "Lost", true);
			}
			else {
				model.addAttribute(name, secret);
			}
		}
	}

	private String seal(String secret) {
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] whole = Arrays.copyOf(iv, IV_BYTES + sealed.length);
			System.arraycopy(sealed, 0, whole, IV_BYTES, sealed.length);
			return Base64.getEncoder().encodeToString(whole);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
	}

	/** The secret, or null when it was sealed with another key (another instance, before a restart). */
	private String unseal(String value) {
		try {
			byte[] whole = Base64.getDecoder().decode(value);
			if (whole.length < IV_BYTES + TAG_BITS / 8) {
				return null;
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, whole, 0, IV_BYTES));
			return new String(cipher.doFinal(whole, IV_BYTES, whole.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException | ProviderException ex) {
			return null;
		}
	}

	/** What the session holds: the sealed secret, a type of its own so that no plain attribute is taken for one. */
	public record Sealed(String value) implements java.io.Serializable {
	}

}
