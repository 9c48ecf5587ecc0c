package vn.hanoi.cooperation.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Logging out of a session that single sign-on opened also ends the session at the provider, when the provider
 * offers an {@code end_session_endpoint} (OpenID Connect RP-initiated logout), which then sends the browser back
 * to the portal's login page. The portal's own session ends first, whatever the provider does.
 */
class ProviderLogout implements LogoutHandler, LogoutSuccessHandler {

	static final String SESSION_ATTRIBUTE = ProviderSession.class.getName();

	static final String LOGGED_OUT = "/login?logout";

	private static final String ENDING = ProviderLogout.class.getName() + ".ending";

	private final ClientRegistrationRepository registrations;

	ProviderLogout(ClientRegistrationRepository registrations) {
		this.registrations = registrations;
	}

	/** Runs before the session is invalidated: keeps what the provider needs for the success step. */
	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof ProviderSession provider) {
			request.setAttribute(ENDING, provider);
		}
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String endSession = request.getAttribute(ENDING) instanceof ProviderSession provider
				? endSessionUri(request, provider) : null;
		response.sendRedirect(endSession != null ? endSession : request.getContextPath() + LOGGED_OUT);
	}

	private String endSessionUri(HttpServletRequest request, ProviderSession provider) {
		ClientRegistration registration = this.registrations.findByRegistrationId(provider.registrationId());
		Object endpoint = registration == null ? null
				: registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
		if (endpoint == null) {
			return null;
		}
		// The provider checks this address against the ones registered for the portal: a forged Host goes nowhere.
		String back = ServletUriComponentsBuilder.fromContextPath(request).path("/login").query("logout").toUriString();
		return UriComponentsBuilder.fromUriString(endpoint.toString())
			.queryParam("id_token_hint", provider.idToken())
			.queryParam("client_id", registration.getClientId())
			.queryParam("post_logout_redirect_uri", back)
			.encode()
			.build()
			.toUriString();
	}

}
