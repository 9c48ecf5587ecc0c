package vn.hanoi.cooperation.dashboard;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

/**
 * Renders the dashboard's content (dashboard/dashboardBody :: body) to text with the same view machinery as any
 * page (messages, links, the security dialect), so that it can be kept and served again until its figures change:
 * rendering it cost more CPU than anything else on the page once the figures came from memory.
 */
@Component
class DashboardBodyRenderer {

	static final String BODY = "dashboard/dashboardBody :: body";

	private final ThymeleafViewResolver views;

	DashboardBodyRenderer(ThymeleafViewResolver views) {
		this.views = views;
	}

	String render(Map<String, ?> model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		try {
			View view = this.views.resolveViewName(BODY, locale);
			CapturingResponse capture = new CapturingResponse(response);
			view.render(model, request, capture);
			return capture.text();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render the dashboard's content", ex);
		}
	}

	/** Keeps what the view writes, and keeps the view's headers off the real response. */
	private static final class CapturingResponse extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter();

		private final PrintWriter writer = new PrintWriter(this.text);

		CapturingResponse(HttpServletResponse response) {
			super(response);
		}

		String text() {
			this.writer.flush();
			return this.text.toString();
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("The dashboard's content is written as text");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void setHeader(String name, String value) {
		}

		@Override
		public void addHeader(String name, String value) {
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

		@Override
		public void resetBuffer() {
			this.text.getBuffer().setLength(0);
		}

	}

}
