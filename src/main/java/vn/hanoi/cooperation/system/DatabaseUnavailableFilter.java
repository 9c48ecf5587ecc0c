package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database can fail before any controller runs: sessions live in PostgreSQL, so the session filter is the
 * first to notice. This filter sits outside it and answers the same "temporarily unavailable" 503 as
 * {@link DatabaseUnavailable}, as a page that needs neither the database nor a template.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	/** Spring Session's filter runs at Integer.MIN_VALUE + 50; this one wraps it. */
	static final int ORDER = Integer.MIN_VALUE + 40;

	private static final String VIETNAMESE = PlainPage.html("vi", "Tạm thời không truy cập được dữ liệu",
			"Cổng đang mất kết nối tới cơ sở dữ liệu. Dữ liệu đã lưu không bị mất. Vui lòng thử lại sau ít phút.", "/",
			"Về trang chủ");

	private static final String ENGLISH = PlainPage.html("en", "Data temporarily unavailable",
			"The portal has lost its connection to the database. Nothing saved is lost. Please try again in a few minutes.",
			"/", "Back to the home page");

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilterRegistration() {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter());
		registration.setOrder(ORDER);
		return registration;
	}

	/** The language as the portal's locale resolver would read it, without touching the session. */
	private static boolean english(HttpServletRequest request) {
		String parameter = request.getParameter("lang");
		if (parameter != null) {
			return parameter.startsWith("en");
		}
		if (request.getCookies() != null) {
			for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
				if ("portal-lang".equals(cookie.getName())) {
					return cookie.getValue().startsWith("en");
				}
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException | IOException ex) {
			if (!DatabaseUnavailable.isConnectionFailure(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			SecurityHeaders.write(request, response);
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "30");
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write((english(request) ? ENGLISH : VIETNAMESE).getBytes(StandardCharsets.UTF_8));
		}
	}

}
