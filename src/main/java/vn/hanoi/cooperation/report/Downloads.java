package vn.hanoi.cooperation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

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
		return ResponseEntity.ok().headers(headers(type, fileName)).body(content);
	}

	/**
	 * A large file written to the response as it is produced, never held whole in memory: the headers first, then
	 * {@code content} writes the body (sent in chunks, without a length known in advance).
	 */
	public static void stream(HttpServletResponse response, MediaType type, String fileName, Body content)
			throws IOException {
		headers(type, fileName).forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		try (OutputStream out = response.getOutputStream()) {
			content.writeTo(out);
		}
	}

	/** What a streamed download writes. */
	public interface Body {

		void writeTo(OutputStream out) throws IOException;

	}

	private static HttpHeaders headers(MediaType type, String fileName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
		headers.setCacheControl("no-store");
		headers.set("X-Content-Type-Options", "nosniff");
		return headers;
	}

}
