package vn.hanoi.cooperation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

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
		return ResponseEntity.ok().headers(headers(type, named(fileName))).body(content);
	}

	/** A file named by what it holds, in ASCII and, for browsers that read it, in Vietnamese. */
	public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, ExportFileName fileName) {
		return ResponseEntity.ok().headers(headers(type, named(fileName))).body(content);
	}

	/**
	 * A large file written to the response as it is produced, never held whole in memory: the headers first, then
	 * {@code content} writes the body (sent in chunks, without a length known in advance). The headers are sent
	 * before {@code content} runs, so that the response's commit (and the session save it sets off) happens outside
	 * the transaction that reads the rows.
	 */
	public static void stream(HttpServletResponse response, MediaType type, ExportFileName fileName, Body content)
			throws IOException {
		headers(type, named(fileName))
			.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		try (OutputStream out = response.getOutputStream()) {
			out.flush();
			content.writeTo(out);
		}
	}

	/** What a streamed download writes. */
	public interface Body {

		void writeTo(OutputStream out) throws IOException;

	}

	private static Consumer<HttpHeaders> named(String fileName) {
		return headers -> headers
			.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
	}

	private static Consumer<HttpHeaders> named(ExportFileName fileName) {
		return headers -> headers.set(HttpHeaders.CONTENT_DISPOSITION, fileName.contentDisposition());
	}

	private static HttpHeaders headers(MediaType type, Consumer<HttpHeaders> disposition) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		disposition.accept(headers);
		headers.setCacheControl("no-store");
		headers.set("X-Content-Type-Options", "nosniff");
		return headers;
	}

}
