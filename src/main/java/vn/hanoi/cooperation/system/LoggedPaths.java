package vn.hanoi.cooperation.system;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request's method and path as logs and the security log may keep them: the secret of a one-time link (a
 * password reset or the first administrator's) is left out, since a log outlives the link and is read by more
 * people than its holder.
 */
public final class LoggedPaths {

	private static final Pattern ONE_TIME_LINK = Pattern.compile("/(password-reset|first-administrator)/[^/]+");

	private LoggedPaths() {
	}

	/** "POST /password-reset/…" for "POST /password-reset/51Zomx…". */
	public static String of(HttpServletRequest request) {
		return request.getMethod() + " " + ONE_TIME_LINK.matcher(request.getRequestURI()).replaceAll("/$1/…");
	}

}
