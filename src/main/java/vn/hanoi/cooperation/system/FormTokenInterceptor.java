package vn.hanoi.cooperation.system;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form posted twice with the same one-time token (a double click, a reload of the answer, a second tab) runs
 * once: the first submission claims the token, every later one waits for it to finish and is sent where it was
 * sent, writing nothing. A post without a token (or with a malformed one) is handled as a fresh submission.
 */
class FormTokenInterceptor implements HandlerInterceptor {

	private static final String CLAIMED = FormTokenInterceptor.class.getName() + ".claimed";

	private static final String REDIRECT = "redirect:";

	private static final Duration POLL = Duration.ofMillis(50);

	private final FormTokens tokens;

	private final Duration patience;

	FormTokenInterceptor(FormTokens tokens, Duration patience) {
		this.tokens = tokens;
		this.patience = patience;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		UUID token = token(request);
		String username = request.getRemoteUser();
		if (!"POST".equals(request.getMethod()) || !(handler instanceof HandlerMethod) || token == null
				|| username == null) {
			return true;
		}
		long giveUpAt = System.nanoTime() + this.patience.toNanos();
		while (true) {
			if (this.tokens.claim(token, username)) {
				request.setAttribute(CLAIMED, token);
				return true;
			}
			Optional<FormTokens.Submission> first = this.tokens.find(token, username);
			if (first.isPresent() && first.get().outcome() != null) {
				response.sendRedirect(request.getContextPath() + first.get().outcome());
				return false;
			}
			// Without a row the first submission wrote nothing and let the token go: claim it again.
			if (first.isPresent()) {
				if (System.nanoTime() > giveUpAt) {
					throw new SubmissionInProgress();
				}
				Thread.sleep(POLL.toMillis());
			}
		}
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		UUID token = (UUID) request.getAttribute(CLAIMED);
		String view = modelAndView == null ? null : modelAndView.getViewName();
		if (token != null && view != null && view.startsWith(REDIRECT + "/")) {
			this.tokens.finish(token, request.getRemoteUser(), view.substring(REDIRECT.length()));
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		UUID token = (UUID) request.getAttribute(CLAIMED);
		if (token != null) {
			this.tokens.release(token, request.getRemoteUser());
		}
	}

	private static UUID token(HttpServletRequest request) {
		String value = request.getParameter(FormTokens.PARAMETER);
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The first submission of the token is still running after the wait: the user is told, nothing is written. */
	static class SubmissionInProgress extends RuntimeException {

		SubmissionInProgress() {
			super("A submission with this form token is still running", null, false, false);
		}

	}

}
