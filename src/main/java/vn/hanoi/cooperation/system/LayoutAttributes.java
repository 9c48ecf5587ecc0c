package vn.hanoi.cooperation.system;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page. */
@ControllerAdvice
class LayoutAttributes {

	private final DemoMode demo;

	LayoutAttributes(DemoMode demo) {
		this.demo = demo;
	}

	/** Demo records must never pass for the plan's official data: the layout marks every page. */
	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo.active();
	}

	/** The current page with its filters but without {@code lang}, so switching language keeps the user's place. */
	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		String path = request.getServletPath();
		if (path == null || path.isEmpty() || path.startsWith("/error")) {
			return "/";
		}
		String query = request.getQueryString();
		if (query == null) {
			return path;
		}
		String kept = Arrays.stream(query.split("&"))
			.filter(part -> !part.isEmpty() && !part.startsWith("lang="))
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? path : path + "?" + kept;
	}

}
