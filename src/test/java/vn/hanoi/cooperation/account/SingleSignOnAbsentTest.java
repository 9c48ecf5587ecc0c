package vn.hanoi.cooperation.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Without {@code spring.security.oauth2.client.*} settings the portal is as it was: no button, no endpoint. */
@PortalTest
class SingleSignOnAbsentTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void withoutProviderSettingsTheLoginPageHasNoSingleSignOnAndNoEndpointAnswers() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk()
			.bodyText()
			.contains("name=\"password\"")
			.doesNotContain("Đăng nhập bằng tài khoản một lần")
			.doesNotContain("single-sign-on")
			.doesNotContain("/oauth2/authorization");
		assertThat(this.context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(SingleSignOn.class)).isEmpty();
		// Neither the provider's start nor the refusal page exists: an anonymous visitor is asked to log in.
		assertThat(this.mvc.get().uri("/oauth2/authorization/city")).hasStatus(302)
			.hasRedirectedUrl("/login?continue=%2Foauth2%2Fauthorization%2Fcity");
		assertThat(this.mvc.get().uri("/login/oauth2/code/city?code=x&state=y")).hasStatus(302);
		assertThat(this.mvc.get().uri("/login/sso-refused")).hasStatus(302)
			.hasRedirectedUrl("/login?continue=%2Flogin%2Fsso-refused");
	}

}
