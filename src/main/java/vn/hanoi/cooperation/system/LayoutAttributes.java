package vn.hanoi.cooperation.system;

import java.net.URI;
import java.net.URISyntaxException;
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

	/**
	 * The current page with its filters but without {@code lang}, so switching language keeps the user's place. A
	 * page answering a form's post (a refused entry) is not one a link can open again: its language links lead to
	 * the page the form was on (the Referer, from this host), else to the front page, never to the post's address (405).
	 */
	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return formPage(request);
		}
		String path = request.getServletPath();
		if (path == null || path.isEmpty() || path.startsWith("/error")) {
			return "/";
		}
		return withoutLanguage(path, request.getQueryString());
	}

	private static String formPage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		try {
			URI page = new URI(referer);
			String path = page.getRawPath();
			// The host alone: behind a proxy that ends TLS the port and scheme seen here are not the browser's.
			boolean sameHost = request.getServerName().equalsIgnoreCase(page.getHost());
			String context = request.getContextPath();
			if (!sameHost || path == null || !path.startsWith(context + "/") || path.startsWith(context + "//")
					|| path.contains("\\")) {
				return "/";
			}
			String local = path.substring(context.length());
			return local.startsWith("/error") ? "/" : withoutLanguage(local, page.getRawQuery());
		}
		catch (URISyntaxException ex) {
			return "/";
		}
	}

	private static String withoutLanguage(String path, String query) {
		if (query == null) {
			return path;
		}
		String kept = Arrays.stream(query.split("&"))
			.filter(part -> !part.isEmpty() && !part.startsWith("lang="))
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? path : path + "?" + kept;
	}

}
