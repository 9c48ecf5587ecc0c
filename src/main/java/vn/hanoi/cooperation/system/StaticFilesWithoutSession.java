package vn.hanoi.cooperation.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static files never see the session: otherwise each stylesheet or script of a logged-in page would read the
 * session from PostgreSQL and write its last-access time back (the dispatcher looks for flash attributes on every
 * request). Registered (WebConfiguration) just inside Spring Session's filter, so nothing after it reaches the store.
 */
class StaticFilesWithoutSession extends OncePerRequestFilter {

	/** Spring Session's filter runs at Integer.MIN_VALUE + 50; this one right after it. */
	static final int ORDER = Integer.MIN_VALUE + 60;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !StaticFiles.contains(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new WithoutSession(request), response);
	}

	private static final class WithoutSession extends HttpServletRequestWrapper {

		WithoutSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession(boolean create) {
			if (create) {
				throw new IllegalStateException("A static file must not create a session");
			}
			return null;
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

		@Override
		public boolean isRequestedSessionIdValid() {
			return false;
		}

	}

}
