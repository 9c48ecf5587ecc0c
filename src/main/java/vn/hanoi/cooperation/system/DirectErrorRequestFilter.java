package vn.hanoi.cooperation.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the container forwards a failed request. Asked for directly it has no error to describe,
 * and Boot's controller answered 500 ("status 999"): it is a page that does not exist, so the user gets the 404
 * page. Forwards (error dispatches) never pass through here.
 */
@Component
class DirectErrorRequestFilter extends OncePerRequestFilter implements Ordered {

	@Override
	public int getOrder() {
		// Before the session filter: a request for nothing needs no session.
		return DatabaseUnavailableFilter.ORDER - 10;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"/error".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
