package vn.hanoi.cooperation.system;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A redirect to a section of a page ({@code /activities/5#progress}) opens the page scrolled to that section, so its
 * flash messages are shown there (fragments/flash), not at the top where nobody sees them: the flash names the
 * section. The browser keeps the anchor to itself, so it is taken from the redirect as it is sent. Only the sections
 * below draw the messages ({@code fragments/flash :: alerts ('progress')}, FlashSectionsTest checks each): a redirect
 * to any other anchor leaves its messages at the top of the page, seen late rather than never.
 */
@Configuration(proxyBeanMethods = false)
class FlashSection implements WebMvcConfigurer, HandlerInterceptor {

	/** The flash attribute naming the section (the anchor, without {@code #}); the templates read it. */
	static final String ATTRIBUTE = "flashSection";

	private static final String REDIRECT = "redirect:";

	/** The sections that draw the flash messages themselves: an activity's, an agreement's, a result's. */
	static final Set<String> SECTIONS = Set.of("progress", "evidence", "comments", "documents", "review", "reopen");

	/** Sections numbered per page, which draw them too: a year's group ({@code #group-3}). */
	static final Set<String> NUMBERED_SECTIONS = Set.of("group-");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		String view = modelAndView == null ? null : modelAndView.getViewName();
		if (view != null && view.startsWith(REDIRECT)) {
			name(RequestContextUtils.getOutputFlashMap(request), view.substring(REDIRECT.length()));
		}
	}

	/** Names the section of {@code location} in a flash that says something; a redirect elsewhere names none. */
	static void name(FlashMap flash, String location) {
		int anchor = location.indexOf('#');
		String section = anchor < 0 ? "" : location.substring(anchor + 1);
		if (drawsMessages(section) && !flash.isEmpty()) {
			flash.put(ATTRIBUTE, section);
		}
	}

	static boolean drawsMessages(String section) {
		return SECTIONS.contains(section) || NUMBERED_SECTIONS.stream()
			.anyMatch(prefix -> section.startsWith(prefix) && section.substring(prefix.length()).matches("\\d+"));
	}

}
