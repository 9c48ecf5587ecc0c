package vn.hanoi.cooperation.report;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files go out as attachments, never rendered by the browser, never cached. */
public final class Downloads {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private Downloads() {
	}

	public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String fileName) {
		return attachment(content, type, headers -> headers
			.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build()));
	}

	/** A file named by what it holds, in ASCII and, for browsers that read it, in Vietnamese. */
	public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, ExportFileName fileName) {
		return attachment(content, type,
				headers -> headers.set(HttpHeaders.CONTENT_DISPOSITION, fileName.contentDisposition()));
	}

	private static ResponseEntity<byte[]> attachment(byte[] content, MediaType type,
			java.util.function.Consumer<HttpHeaders> disposition) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		disposition.accept(headers);
		headers.setCacheControl("no-store");
		headers.set("X-Content-Type-Options", "nosniff");
		return ResponseEntity.ok().headers(headers).body(content);
	}

}
