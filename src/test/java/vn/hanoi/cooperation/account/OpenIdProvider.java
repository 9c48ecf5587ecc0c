package vn.hanoi.cooperation.account;

import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in a small context of
 * its own, on its own port, with the portal as its one client and a few people who log in with {@link #PASSWORD}.
 * It answers on {@code localhost} while the portal is asked on {@code 127.0.0.1}, so that a cookie jar keeps the
 * two sessions apart as a browser does for two hosts.
 */
// A test configuration: the portal's component scan leaves it out (it is started on its own, below).
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
class OpenIdProvider {

	static final String CLIENT_ID = "cooperation-portal";

	static final String CLIENT_SECRET = "portal-secret";

	static final String PASSWORD = "provider-password";

	/** The provider's people; its ID token says each one's {@code preferred_username} and verified e-mail. */
	static final String[] PEOPLE = { "sso.staff", "sso.disabled", "sso.stranger", "sso.moved" };

	/** The started provider: its issuer and the client registration the tests point at the portal. */
	record Running(ConfigurableApplicationContext context, String issuer) {

		/** The portal's address is known only once it runs: the registration then names its exact URIs. */
		void allowPortalAt(String base) {
			InMemoryRegisteredClientRepository clients = this.context.getBean(InMemoryRegisteredClientRepository.class);
			RegisteredClient client = clients.findByClientId(CLIENT_ID);
			clients.save(RegisteredClient.from(client).redirectUris(uris -> {
				uris.clear();
				uris.add(base + "/login/oauth2/code/city");
			}).postLogoutRedirectUris(uris -> {
				uris.clear();
				uris.add(base + "/login?logout");
			}).build());
		}

		void stop() {
			this.context.close();
		}

	}

	static Running start() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(OpenIdProvider.class)
			.web(WebApplicationType.SERVLET)
			// Not the portal's application.properties: this context is the provider alone.
			.properties("spring.config.name=openid-provider", "spring.main.banner-mode=off")
			.run();
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return new Running(context, "http://localhost:" + port);
	}

	static String emailOf(String person) {
		return person + "@sso.example";
	}

	@Bean
	TomcatServletWebServerFactory webServer() {
		return new TomcatServletWebServerFactory(0);
	}

	/** Tomcat runs filters only for a request some servlet is mapped to; everything here is a filter. */
	@Bean
	HttpServlet notFound() {
		return new HttpServlet() {

			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
			}

		};
	}

	@Bean
	SecurityFilterChain provider(HttpSecurity http) {
		http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
			.formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	InMemoryRegisteredClientRepository clients() {
		return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(CLIENT_ID)
			.clientSecret("{noop}" + CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://127.0.0.1/not-yet")
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.build());
	}

	@Bean
	UserDetailsService people() {
		InMemoryUserDetailsManager people = new InMemoryUserDetailsManager();
		for (String person : PEOPLE) {
			people.createUser(User.withUsername(person).password("{noop}" + PASSWORD).roles("USER").build());
		}
		return people;
	}

	/** The claims a city provider sends: the portal matches one of them, never trusts a role from them. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> claims() {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				String person = context.getPrincipal().getName();
				context.getClaims()
					.claim("preferred_username", person)
					.claim("email", emailOf(person))
					.claim("email_verified", true)
					.claim("roles", new String[] { "ADMIN" });
			}
		};
	}

	@Bean
	JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
	}

	@Bean
	AuthorizationServerSettings settings() {
		return AuthorizationServerSettings.builder().build();
	}

}
