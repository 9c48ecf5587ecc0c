package vn.hanoi.cooperation.system;

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
 * section. The browser keeps the anchor to itself, so it is taken from the redirect as it is sent.
 */
@Configuration(proxyBeanMethods = false)
class FlashSection implements WebMvcConfigurer, HandlerInterceptor {

	/** The flash attribute naming the section (the anchor, without {@code #}); the templates read it. */
	static final String ATTRIBUTE = "flashSection";

	private static final String REDIRECT = "redirect:";

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
		if (anchor >= 0 && anchor < location.length() - 1 && !flash.isEmpty()) {
			flash.put(ATTRIBUTE, location.substring(anchor + 1));
		}
	}

}
