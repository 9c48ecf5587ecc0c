package vn.hanoi.cooperation.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.WebUtils;

/**
 * A form posted twice with the same one-time token (a double click, a reload of the answer, a second tab) runs
 * once: the first submission claims the token, every later one waits for it to finish and is sent where it was
 * sent, writing nothing. A post without a token (or with a malformed one) is handled as a fresh submission.
 * <p>
 * A form known by its content ({@link FormTokens#ONCE_PER_CONTENT}: a progress note, a comment, a new agreement)
 * claims its path and the values of the fields it names instead, for {@link #CONTENT_WINDOW}: Back after saving shows
 * it again, filled in, under a new token, and Save sent the same note a second time. Sent again with those fields
 * unchanged and no file, it is sent where the first went and told so; changed, or with files, it is a new one.
 */
class FormTokenInterceptor implements HandlerInterceptor {

	/** How long the same content sent again by the same user is the same submission. */
	static final Duration CONTENT_WINDOW = Duration.ofMinutes(10);


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
		UUID content = contentKey(request);
		boolean byContent = content != null;
		if (byContent) {
			token = content;
			this.tokens.forgetOlderThan(token, username, CONTENT_WINDOW);
		}
		long giveUpAt = System.nanoTime() + this.patience.toNanos();
		while (true) {
			if (this.tokens.claim(token, username)) {
				request.setAttribute(CLAIMED, token);
				return true;
			}
			Optional<FormTokens.Submission> first = this.tokens.find(token, username);
			if (first.isPresent() && first.get().outcome() != null) {
				String location = request.getContextPath() + first.get().outcome();
				if (byContent) {
					tellAlreadySent(location, request, response);
				}
				response.sendRedirect(location);
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

	/**
	 * The same path and the same values of the fields the form names as its content give the same key; null for a
	 * form that names none, or none of which were sent. Only the fields the browser types back after Back are named:
	 * a date field (autocomplete off) comes back as the page renders it, not as it was sent.
	 */
	private static UUID contentKey(HttpServletRequest request) {
		String named = request.getParameter(FormTokens.ONCE_PER_CONTENT);
		// Back never chooses files again: files sent are a new submission, whatever its words.
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (named == null || (multipart != null
				&& multipart.getMultiFileMap().values().stream().flatMap(List::stream).anyMatch(f -> !f.isEmpty()))) {
			return null;
		}
		StringBuilder content = new StringBuilder(request.getRequestURI());
		boolean any = false;
		for (String field : new TreeSet<>(Arrays.asList(named.split(",")))) {
			String[] values = request.getParameterValues(field.strip());
			any |= values != null;
			content.append('\u001e').append(field.strip());
			for (String value : values == null ? new String[0] : values) {
				content.append('\u001f').append(value);
			}
		}
		return any ? UUID.nameUUIDFromBytes(content.toString().getBytes(StandardCharsets.UTF_8)) : null;
	}

	/** The page the user is sent to says why nothing was written (the first sending's own message is long gone). */
	private static void tellAlreadySent(String location, HttpServletRequest request, HttpServletResponse response) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("warning", "formAlreadySent");
		FlashSection.name(flash, location);
		RequestContextUtils.saveOutputFlashMap(location, request, response);
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
