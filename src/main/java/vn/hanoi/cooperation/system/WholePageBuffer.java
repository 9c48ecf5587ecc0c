package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page leaves the server in one piece, after the session has been saved. The template view flushes the page it
 * wrote, and Spring Session takes a flush (or a full 8 KB buffer) as the moment to save the session; it then forgets
 * which session was asked for and reads it from PostgreSQL a second time when the request ends (spring-session
 * issue 1731): one statement more on every page, and a database failure while saving could no longer be answered
 * with the "temporarily unavailable" page. Here the buffer holds a whole page and a page's flush waits for the end of
 * the request, when the container sends the buffer anyway. Longer answers (exports) still go out in pieces of this
 * size as they are written.
 */
@Component
class WholePageBuffer extends OncePerRequestFilter implements Ordered {

	/** The longest page measured, the dashboard with the demo data, is 84 KB; a longer one is sent in pieces as before. */
	static final int SIZE = 128 * 1024;

	@Override
	public int getOrder() {
		// Right inside Spring Session's filter (Integer.MIN_VALUE + 50), whose response wrapper reacts to the flush.
		return StaticFilesWithoutSession.ORDER - 5;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setBufferSize(SIZE);
		chain.doFilter(request, new FlushAtTheEnd(response));
	}

	private static final class FlushAtTheEnd extends HttpServletResponseWrapper {

		private PrintWriter writer;

		FlushAtTheEnd(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = new PrintWriter(super.getWriter()) {
					@Override
					public void flush() {
						// The container flushes when the request ends.
					}
				};
			}
			return this.writer;
		}

		@Override
		public void flushBuffer() {
			// As above.
		}

	}

}
