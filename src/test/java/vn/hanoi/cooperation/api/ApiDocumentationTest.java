package vn.hanoi.cooperation.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API's description: generated from the code, so it lists every {@code /api/v1} endpoint there is (a new
 * one appears without anyone touching it) and nothing else; it says how to authenticate; its Swagger UI is served by
 * the portal itself, public, under the portal's strict Content-Security-Policy.
 */
@PortalTest
class ApiDocumentationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DESCRIPTION = "/api/docs/openapi.json";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theDescriptionListsEveryApiEndpointOfTheCodeAndNothingElse() {
		Set<String> described = new TreeSet<>();
		description().get("paths").properties().forEach(path -> path.getValue().properties()
			.forEach(operation -> described.add(operation.getKey().toUpperCase() + " " + path.getKey())));
		Set<String> inCode = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1/")) {
					info.getMethodsCondition().getMethods().forEach(method -> inCode.add(method.name() + " " + pattern));
				}
			}
		}
		assertThat(inCode).contains("GET /api/v1/activities", "GET /api/v1/activities/{id}/progress-notes",
				"GET /api/v1/provinces");
		assertThat(described).isEqualTo(inCode);
		assertThat(inCode).allMatch(endpoint -> endpoint.startsWith(RequestMethod.GET.name() + " "),
				"the API is read-only");
	}

	@Test
	void theDescriptionDeclaresTheBearerTokenForEveryCall() {
		JsonNode description = description();
		JsonNode scheme = description.get("components").get("securitySchemes").get(ReadApiDescription.TOKEN);
		assertThat(scheme.get("type").asString()).isEqualTo("http");
		assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
		assertThat(scheme.get("description").asString()).contains("/account/tokens");
		assertThat(description.get("security").get(0).has(ReadApiDescription.TOKEN)).isTrue();
		assertThat(description.get("info").get("title").asString()).contains("read API");
		assertThat(description.get("info").get("version").asString()).isEqualTo("v1");
		JsonNode list = description.get("paths").get("/api/v1/activities").get("get");
		assertThat(list.get("responses").properties()).extracting(java.util.Map.Entry::getKey)
			.contains("200", "400", "401", "429");
		assertThat(list.get("responses").get("401").get("content").toString()).contains("ApiError");
	}

	@Test
	void theFiltersAreDescribedAndTheReaderIsNotAParameter() {
		JsonNode parameters = description().get("paths").get("/api/v1/activities").get("get").get("parameters");
		Set<String> names = new TreeSet<>();
		parameters.forEach(parameter -> {
			names.add(parameter.get("name").asString());
			assertThat(parameter.has("description")).as(parameter.get("name").asString()).isTrue();
		});
		assertThat(names).contains("year", "group", "department", "province", "status", "deadline_status", "q",
				"without_cancelled", "without_predecessors", "updated_since", "cursor", "limit")
			.doesNotContain("viewer");
		JsonNode agreements = description().get("paths").get("/api/v1/agreements").get("get").get("parameters");
		assertThat(agreements.findValues("name").stream().map(JsonNode::asString)).contains("in_force_on");
		agreements.forEach(parameter -> {
			if (parameter.get("name").asString().equals("in_force_on")) {
				assertThat(parameter.get("description").asString()).contains("2025-12-31", "400");
			}
		});
	}

	@Test
	void theDescriptionIsTheSameForEveryoneAndEchoesNoHostHeader() throws Exception {
		String anonymous = this.mvc.get().uri(DESCRIPTION).header("Host", "evil.example").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String leader = this.mvc.get().uri(DESCRIPTION).with(this.accounts.as(Role.LEADER)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(anonymous).isEqualTo(leader).doesNotContain("evil.example").contains("\"/api/v1/activities\"");
	}

	@Test
	void apiDocsOpensSwaggerUiServedByThePortalItself() throws Exception {
		assertThat(this.mvc.get().uri("/api/docs")).hasStatus(302)
			.hasRedirectedUrl(ApiDocsController.SWAGGER_UI);
		MockHttpServletResponse page = this.mvc.get().uri(ApiDocsController.SWAGGER_UI).exchange().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<div id=\"swagger-ui\">", "src=\"./swagger-ui-bundle.js\"",
				"src=\"./swagger-initializer.js\"")
			.doesNotContain("http://", "https://", "<script>");
		assertThat(this.mvc.get().uri("/api/docs/swagger-ui/swagger-ui-bundle.js")).hasStatus(200);
		assertThat(this.mvc.get().uri("/api/docs/swagger-ui/swagger-initializer.js")).hasStatus(200)
			.bodyText()
			.contains("/api/docs/openapi.json/swagger-config", "BaseLayout");
		assertThat(this.mvc.get().uri("/api/docs/openapi.json/swagger-config")).hasStatus(200)
			.bodyText()
			.contains("\"url\":\"" + DESCRIPTION + "\"", "\"persistAuthorization\":false");
	}

	/** The UI needs nothing more than any page: the same policy, the same directives, only the nonce differs. */
	@Test
	void swaggerUiGetsThePortalsStrictContentSecurityPolicy() {
		String login = withoutNonce(this.mvc.get().uri("/login").exchange().getResponse());
		for (String url : new String[] { "/api/docs", ApiDocsController.SWAGGER_UI,
				"/api/docs/swagger-ui/swagger-initializer.js", DESCRIPTION }) {
			String policy = withoutNonce(this.mvc.get().uri(url).exchange().getResponse());
			assertThat(policy).as(url).isEqualTo(login).doesNotContain("unsafe-inline", "unsafe-eval");
		}
	}

	/** Public means readable: nothing is written through it, and the API behind it still wants a token. */
	@Test
	void theDocumentationIsReadOnlyAndOpensNoDataWithoutAToken() {
		assertThat(this.mvc.get().uri("/api/v1/activities")).hasStatus(401);
		assertThat(this.mvc.post().uri(DESCRIPTION)).hasStatus(403);
		assertThat(this.mvc.post().uri("/api/docs")).hasStatus(403);
	}

	@Test
	void theTokensPageLinksToTheDocumentation() {
		assertThat(this.mvc.get().uri("/account/tokens").with(this.accounts.as(Role.PROVINCE))).hasStatus(200)
			.bodyText()
			.contains("href=\"/api/docs\"", "Tài liệu API", "Authorize");
		assertThat(this.mvc.get().uri("/account/tokens?lang=en").with(this.accounts.as(Role.PROVINCE)))
			.bodyText()
			.contains("href=\"/api/docs\"", "API documentation");
	}

	/**
	 * Swagger UI had no way back to the portal: the top of it, the description, opens with a link to the tokens page
	 * people come from (in English, as the rest of the page). AnyScreenBrowserTest follows it in a browser.
	 */
	@Test
	void theDocumentationLeadsBackToTheTokensPage() {
		String description = description().get("info").get("description").asString();
		assertThat(description).startsWith("<a href=\"").contains("\">← Back to the portal: your API access tokens</a>\n\n");
		String link = description.substring("<a href=\"".length(), description.indexOf('"', "<a href=\"".length()));
		// Followed from where /api/docs sends people, at the root and under a context path alike.
		for (String portal : new String[] { "", "/portal" }) {
			assertThat(URI.create("https://portal.example" + portal + ApiDocsController.SWAGGER_UI).resolve(link))
				.as(portal)
				.hasPath(portal + "/account/tokens");
		}
	}

	private JsonNode description() {
		MockHttpServletResponse response = this.mvc.get().uri(DESCRIPTION).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		try {
			return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String withoutNonce(MockHttpServletResponse response) {
		String policy = response.getHeader("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self' 'nonce-");
		return policy.replaceAll("'nonce-[^']+'", "'nonce'");
	}

}
