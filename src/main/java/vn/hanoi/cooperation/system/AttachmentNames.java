package vn.hanoi.cooperation.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A downloaded file's name in its Content-Disposition header: plain ASCII in {@code filename} for the clients that
 * read nothing else ({@code curl -OJ}, older tools), and the Vietnamese name in RFC 6266's {@code filename*}.
 */
public final class AttachmentNames {

	private AttachmentNames() {
	}

	/**
	 * {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded-name}; {@code ascii} holds printable
	 * ASCII without quotes or backslashes.
	 */
	public static String contentDisposition(String ascii, String name) {
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
				+ URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
	}

	/** The words without their marks: "Điện Biên" is "Dien Bien" ("Đ" has no decomposition: spelt D by hand). */
	public static String unaccented(String words) {
		return Normalizer.normalize(words.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
	}

}
