package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Turns away an upload or a form larger than the container accepts, before anything else reads the request.
 * Left to Tomcat, the first {@code getParameter} (the CSRF check) fails and the user gets the container's bare
 * English 413 page. A request that declares a length over the limit is refused at once; any other is read here
 * (a chunked one has no length), where Tomcat stops it at the same limits. The rest of the body is read off up to a bound so that the browser
 * reads the answer; beyond it the connection is closed. The user goes back to the form with its own message
 * (see {@link OversizedUploadReturn}), or gets a short page in their language. It runs inside Spring Security's
 * chain, after the refusal of large anonymous bodies and before the CSRF check: reading a body for someone not
 * logged in would let anyone make the portal read 22 MB (see {@link UploadLimitRegistration}).
 */
@Component
public class UploadLimitFilter extends OncePerRequestFilter {

	/** Bodies up to this many times the limit are drained so the browser reads the answer; larger ones are cut. */
	static final int DRAIN_FACTOR = 4;

	/** Set by Tomcat when it gave up reading a form's parameters, and why. */
	private static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

	private final UploadLimits uploads;

	private final DataSize maxFormSize;

	private final List<OversizedUploadReturn> returns;

	private final MessageSource messages;

	private final LocaleResolver locales;

	UploadLimitFilter(UploadLimits uploads, @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize,
			List<OversizedUploadReturn> returns, MessageSource messages, LocaleResolver locales) {
		this.uploads = uploads;
		this.maxFormSize = maxFormSize;
		this.returns = returns;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !(isUpload(request) || isForm(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request).toBytes();
		long length = request.getContentLengthLong();
		if (length > limit) {
			refuse(request, response, 0);
			return;
		}
		// Without a length, or with one file over its own limit inside the request's: Tomcat stops reading.
		if (!readWithinLimit(request)) {
			refuse(request, response, limit);
			return;
		}
		chain.doFilter(request, response);
	}

	private DataSize limitFor(HttpServletRequest request) {
		return isUpload(request) ? this.uploads.request() : this.maxFormSize;
	}

	/**
	 * Reads a body of unknown length now, as the container does, under its limit; a body that is merely malformed
	 * is left to the form, which says what is wrong with it.
	 */
	private static boolean readWithinLimit(HttpServletRequest request) {
		try {
			if (isUpload(request)) {
				request.getParts();
				return true;
			}
			request.getParameterMap();
			Object reason = request.getAttribute(PARSE_FAILED_REASON);
			return reason == null || !"POST_TOO_LARGE".equals(reason.toString());
		}
		catch (IllegalStateException tooLarge) {
			return false;
		}
		catch (IOException | ServletException malformed) {
			return true;
		}
	}

	private static boolean isUpload(HttpServletRequest request) {
		return hasType(request, MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	private static boolean isForm(HttpServletRequest request) {
		return hasType(request, MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	private static boolean hasType(HttpServletRequest request, String type) {
		String declared = request.getContentType();
		return declared != null && declared.toLowerCase(Locale.ROOT).startsWith(type);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long alreadyRead)
			throws IOException {
		DataSize limit = limitFor(request);
		long bound = limit.toBytes() * DRAIN_FACTOR - alreadyRead;
		if (!drain(request.getInputStream(), bound)) {
			response.setHeader("Connection", "close");
		}
		Optional<String> back = this.returns.stream()
			.map(upload -> upload.targetFor(request.getRequestURI().substring(request.getContextPath().length())))
			.flatMap(Optional::stream)
			.findFirst();
		if (back.isPresent()) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + back.get());
			return;
		}
		Locale locale = this.locales.resolveLocale(request);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(page(locale, limit).getBytes(StandardCharsets.UTF_8));
	}

	/** A page that needs no template (the request never reached the portal's pages), in the user's language. */
	private String page(Locale locale, DataSize limit) {
		return PlainPage.html(locale.getLanguage(), message("upload.tooLarge.title", locale),
				message("upload.tooLarge.text", locale, limit.toMegabytes()), "/", message("error.backHome", locale));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * Reads the body off up to a bound; whether it ended within it. After a refused multipart parse Tomcat has
	 * closed the stream already: it swallows at most server.tomcat.max-swallow-size more, then closes.
	 */
	private static boolean drain(InputStream body, long atMost) {
		byte[] buffer = new byte[64 * 1024];
		long read = 0;
		int n = 0;
		try {
			while (read < atMost && (n = body.read(buffer)) != -1) {
				read += n;
			}
		}
		catch (IOException closed) {
			return false;
		}
		return n == -1;
	}

}
