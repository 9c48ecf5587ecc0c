package vn.hanoi.cooperation.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a document upload whose request is larger than the container accepts, before anything parses it.
 * Tomcat would refuse such a body itself, but every later call to {@code getParameter} (the CSRF check, the
 * language switch) then fails, and the user gets the container's bare 413 page. Here the body is read off and
 * discarded, and the user is sent back to the agreement with the portal's own message.
 */
@Component
class UploadSizeFilter extends OncePerRequestFilter implements Ordered {

	private static final Pattern UPLOAD = Pattern.compile("/agreements/(\\d{1,18})/documents");

	/** Bodies up to this many times the limit are drained so the browser reads the answer; larger ones are cut. */
	private static final int DRAIN_FACTOR = 4;

	private final DataSize maxFileSize;

	UploadSizeFilter(@Value("${spring.servlet.multipart.max-file-size:21MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	/** Before Spring Security's chain (order -100), whose CSRF check reads the parameters. */
	@Override
	public int getOrder() {
		return -150;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !UPLOAD.matcher(request.getServletPath()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length <= this.maxFileSize.toBytes()) {
			chain.doFilter(request, response);
			return;
		}
		drain(request.getInputStream(), this.maxFileSize.toBytes() * DRAIN_FACTOR);
		Matcher upload = UPLOAD.matcher(request.getServletPath());
		upload.matches();
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location",
				request.getContextPath() + "/agreements/" + upload.group(1) + "?documentError=tooLarge#documents");
	}

	private static void drain(InputStream body, long atMost) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long read = 0;
		int n;
		while (read < atMost && (n = body.read(buffer)) != -1) {
			read += n;
		}
	}

}
