package vn.hanoi.cooperation.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page a login interrupted travels in the {@code continue} parameter (login link, login form, failed-login
 * redirect) instead of the session, so that an anonymous visitor writes nothing to the session store. It comes
 * from the client, so only a path on this portal is ever followed: never another host, scheme or the login page.
 */
final class ContinuePath {

	static final String PARAMETER = "continue";

	private static final int LONGEST = 2000;

	private ContinuePath() {
	}

	/** The page to return to after login, if the request names an acceptable one. */
	static Optional<String> of(HttpServletRequest request) {
		return local(request.getParameter(PARAMETER));
	}

	/** {@code candidate} if it is a path of this portal ("/…", no "//" or "\" that a browser reads as a host). */
	static Optional<String> local(String candidate) {
		if (candidate == null || candidate.isEmpty() || candidate.length() > LONGEST || candidate.charAt(0) != '/'
				|| candidate.startsWith("//") || candidate.indexOf('\\') >= 0
				|| candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || isLoginPage(candidate)) {
			return Optional.empty();
		}
		return Optional.of(candidate);
	}

	/** {@code path} with the continue parameter added, when there is a page to return to. */
	static String appendTo(String path, Optional<String> continuePath) {
		return continuePath
			.map(page -> UriComponentsBuilder.fromUriString(path)
				.queryParam(PARAMETER, "{page}")
				.encode()
				.buildAndExpand(page)
				.toUriString())
			.orElse(path);
	}

	private static boolean isLoginPage(String path) {
		return path.equals("/login") || path.startsWith("/login?") || path.startsWith("/logout");
	}

}
