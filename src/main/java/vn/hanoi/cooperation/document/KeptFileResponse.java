package vn.hanoi.cooperation.document;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.hanoi.cooperation.system.AttachmentNames;

/**
 * A kept file handed out: always an attachment with its checked type, never rendered inline (a scan cannot act as
 * a page), never sniffed, never kept by a shared cache, named in ASCII and, for browsers that read it, as uploaded.
 */
public final class KeptFileResponse {

	private KeptFileResponse() {
	}

	public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, AttachmentNames.contentDisposition(ascii(fileName), fileName))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content);
	}

	/**
	 * "Thỏa thuận Hà Nội – Điện Biên.pdf" as "Thoa thuan Ha Noi - Dien Bien.pdf": the letters without their marks,
	 * any other run of characters a hyphen, "tep" for a name with nothing left before its extension.
	 */
	static String ascii(String fileName) {
		String ascii = AttachmentNames.unaccented(fileName).replaceAll("[^A-Za-z0-9 ._(),-]+", "-").strip();
		int dot = ascii.lastIndexOf('.');
		String stem = dot < 0 ? ascii : ascii.substring(0, dot);
		if (stem.chars().anyMatch(Character::isLetterOrDigit)) {
			return ascii;
		}
		return dot < 0 ? "tep" : "tep" + ascii.substring(dot);
	}

}
