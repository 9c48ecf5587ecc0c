package vn.hanoi.cooperation.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/** Sends a user back to the page the login interrupted, or else to the home page of their role. */
class RoleHomeSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final RequestCache requestCache = new HttpSessionRequestCache();

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (this.requestCache.getRequest(request, response) == null
				&& authentication.getPrincipal() instanceof PortalUser user) {
			getRedirectStrategy().sendRedirect(request, response, RoleHome.pathFor(user.getRole()));
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
