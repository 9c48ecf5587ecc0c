package vn.hanoi.cooperation.document;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A kept file handed out: always an attachment with its checked type, never rendered inline (a scan cannot act as
 * a page), never sniffed, never kept by a shared cache.
 */
public final class KeptFileResponse {

	private KeptFileResponse() {
	}

	public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content);
	}

}
