package vn.hanoi.cooperation.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import vn.hanoi.cooperation.system.PlainPage;

/**
 * Refuses a large body from someone not logged in before anything reads it: the CSRF check would otherwise parse
 * a multipart body of up to 22 MB just to find out that its token is missing. Everything an anonymous visitor may
 * post (login, password reset, the first administrator's set-up) fits in a few kilobytes; a body without a length
 * (chunked) cannot be bounded without reading it, so it is refused too. Sits before the CSRF filter, and writes its
 * page itself: the error page's dispatch would parse the multipart body.
 */
class AnonymousRequestBodyLimit extends OncePerRequestFilter {

	static final long LARGEST_ANONYMOUS_BODY = 64 * 1024;

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	private final MessageSource messages;

	private final LocaleResolver locales;

	AnonymousRequestBodyLimit(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean unbounded = length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		if ((length > LARGEST_ANONYMOUS_BODY || unbounded)
				&& !this.trustResolver.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			refuse(request, response, unbounded ? HttpServletResponse.SC_LENGTH_REQUIRED
					: HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		// Closing the connection stops the container from reading the rest of the body to reuse it.
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		Locale locale = this.locales.resolveLocale(request);
		response.getOutputStream()
			.write(PlainPage.html(locale.getLanguage(), message("error.413.title", locale),
					message("error.413.explanation", locale), "/login", message("login.title", locale))
				.getBytes(StandardCharsets.UTF_8));
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
