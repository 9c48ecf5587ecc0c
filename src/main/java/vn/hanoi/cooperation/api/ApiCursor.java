package vn.hanoi.cooperation.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque position of a page in an id-ordered list: clients pass back the {@code next} value they were given
 * and never build one; what it holds may change without breaking them.
 */
final class ApiCursor {

	private static final String VERSION = "v1:";

	private ApiCursor() {
	}

	static String after(long id) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + id).getBytes(StandardCharsets.US_ASCII));
	}

	/** The id after which the page starts; no cursor starts at the beginning. */
	static long position(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return 0;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
			if (text.startsWith(VERSION)) {
				return Long.parseLong(text.substring(VERSION.length()));
			}
		}
		catch (IllegalArgumentException ex) {
			// Falls through to the answer below: NumberFormatException is an IllegalArgumentException too.
		}
		throw new ApiErrors.BadApiRequest("api.error.invalidCursor");
	}

}
