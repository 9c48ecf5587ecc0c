package vn.hanoi.cooperation.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every endpoint of the portal, asked by every role. A new request mapping without a line in {@link #EXPECTED}
 * fails the build: add one line per endpoint, with a sample URL and the status each role must get.
 * POSTs go without form fields and with a valid CSRF token; destructive ones use an id that does not exist.
 * Anonymous visitors are sent to the login page (302) wherever a login is needed.
 */
@PortalTest
public class AuthorizationMatrixTest {

	// @formatter:off
	/**
	 * "METHOD /pattern" (ANY for mappings without a method) → sample URL and status per role. HostileInputTest
	 * attacks every line, so a new endpoint is attacked as soon as it is listed here.
	 */
	public static final Map<String, Expected> EXPECTED = table(
		//                                                                             ADMIN COORD STAFF LEADER PROV ANON
		row("GET /login",                                 "/login",                      200, 200, 200, 200, 200, 200),
		row("GET /",                                      "/",                           200, 200, 200, 200, 200, 302),
		row("GET /plans",                                 "/plans",                      200, 200, 200, 200, 200, 302),
		row("GET /plans/{year}",                          "/plans/2022",                 200, 200, 200, 200, 200, 302),
		row("GET /groups",                                "/groups",                     200, 200, 200, 200, 200, 302),
		row("GET /provinces",                             "/provinces",                  200, 200, 200, 200, 200, 302),
		// A province officer sees only their own unit's page (provinces/1 is Hà Nội).
		row("GET /provinces/{id}",                        "/provinces/1",                200, 200, 200, 200, 404, 302),
		row("GET /provinces/export.xlsx",                 "/provinces/export.xlsx",      200, 200, 200, 200, 200, 302),
		row("GET /provinces/export.csv",                  "/provinces/export.csv?period=UNITS_2025", 200, 200, 200, 200, 200, 302),
		row("GET /departments",                           "/departments",                200, 200, 200, 200, 200, 302),
		row("GET /my-work",                               "/my-work",                    302, 302, 200, 302, 302, 302),
		row("GET /my-province",                           "/my-province",                302, 302, 302, 302, 200, 302),
		row("GET /dashboard",                             "/dashboard",                  200, 200, 200, 200, 200, 302),
		row("GET /activities",                            "/activities",                 200, 200, 200, 200, 200, 302),
		row("GET /activities/new",                        "/activities/new",             200, 200, 200, 404, 404, 302),
		// Without fields the form comes back with its errors.
		row("POST /activities/new",                       "/activities/new",             200, 200, 200, 404, 404, 302),
		row("GET /activities/form-options",               "/activities/form-options?planYear=2022", 200, 200, 200, 404, 404, 302),
		row("GET /activities/{id}",                       "/activities/999999999",       404, 404, 404, 404, 404, 302),
		row("GET /activities/{id}/edit",                  "/activities/999999999/edit",  404, 404, 404, 404, 404, 302),
		row("POST /activities/{id}/edit",                 "/activities/999999999/edit",  404, 404, 404, 404, 404, 302),
		row("GET /activities/{id}/delete",                "/activities/999999999/delete", 404, 404, 404, 404, 404, 302),
		row("POST /activities/{id}/delete",               "/activities/999999999/delete", 404, 404, 404, 404, 404, 302),
		row("POST /activities/{id}/progress",             "/activities/999999999/progress", 404, 404, 404, 404, 404, 302),
		row("POST /activities/{id}/complete",             "/activities/999999999/complete", 404, 404, 404, 404, 404, 302),
		row("GET /activities/export.xlsx",                "/activities/export.xlsx",     200, 200, 200, 200, 200, 302),
		row("GET /activities/export.csv",                 "/activities/export.csv?year=2022", 200, 200, 200, 200, 200, 302),
		row("GET /activities/import",                     "/activities/import",          200, 200, 200, 404, 404, 302),
		row("GET /activities/import/template.xlsx",       "/activities/import/template.xlsx", 200, 200, 200, 404, 404, 302),
		// Without a file the upload page comes back with its message.
		row("POST /activities/import",                    "/activities/import",          200, 200, 200, 404, 404, 302),
		row("GET /activities/import/{id}",                "/activities/import/00000000-0000-0000-0000-000000000000", 404, 404, 404, 404, 404, 302),
		row("POST /activities/import/{id}",               "/activities/import/00000000-0000-0000-0000-000000000000", 404, 404, 404, 404, 404, 302),
		row("GET /activities/form-agreements",            "/activities/form-agreements?planYear=2022", 200, 200, 200, 404, 404, 302),
		row("POST /activities/{id}/comments",             "/activities/999999999/comments", 404, 404, 404, 404, 404, 302),
		row("GET /agreements",                            "/agreements",                 200, 200, 200, 200, 200, 302),
		row("GET /agreements/export.xlsx",                "/agreements/export.xlsx",     200, 200, 200, 200, 200, 302),
		row("GET /agreements/export.csv",                 "/agreements/export.csv?status=IN_FORCE", 200, 200, 200, 200, 200, 302),
		row("GET /agreements/new",                        "/agreements/new",             200, 200, 404, 404, 404, 302),
		row("POST /agreements/new",                       "/agreements/new",             200, 200, 404, 404, 404, 302),
		row("GET /agreements/{id}",                       "/agreements/999999999",       404, 404, 404, 404, 404, 302),
		row("GET /agreements/{id}/edit",                  "/agreements/999999999/edit",  404, 404, 404, 404, 404, 302),
		row("POST /agreements/{id}/edit",                 "/agreements/999999999/edit",  404, 404, 404, 404, 404, 302),
		row("GET /agreements/{id}/terminate",             "/agreements/999999999/terminate", 404, 404, 404, 404, 404, 302),
		row("POST /agreements/{id}/terminate",            "/agreements/999999999/terminate", 404, 404, 404, 404, 404, 302),
		row("POST /agreements/{id}/documents",            "/agreements/999999999/documents", 404, 404, 404, 404, 404, 302),
		row("GET /agreements/{id}/documents/{documentId}", "/agreements/999999999/documents/1", 404, 404, 404, 404, 404, 302),
		row("GET /indicators",                            "/indicators",                 200, 200, 200, 200, 200, 302),
		row("GET /indicators/new",                        "/indicators/new",             200, 200, 404, 404, 404, 302),
		row("POST /indicators/new",                       "/indicators/new",             200, 200, 404, 404, 404, 302),
		row("GET /indicators/{id}/edit",                  "/indicators/999999999/edit",  404, 404, 404, 404, 404, 302),
		row("POST /indicators/{id}/edit",                 "/indicators/999999999/edit",  404, 404, 404, 404, 404, 302),
		row("GET /results",                               "/results",                    302, 302, 302, 302, 302, 302),
		// Without a year those who enter results are sent to choose one; the others are not found (never a 400).
		row("GET /results/new",                           "/results/new",                302, 302, 302, 404, 404, 302),
		row("POST /results/new",                          "/results/new",                200, 200, 200, 404, 404, 302),
		row("GET /results/years/{year}",                  "/results/years/2022",         200, 200, 200, 200, 200, 302),
		row("GET /results/years/{year}/entries",          "/results/years/2022/entries", 200, 200, 200, 200, 200, 302),
		row("GET /results/years/{year}/export.xlsx",      "/results/years/2021/export.xlsx", 200, 200, 200, 200, 200, 302),
		row("GET /results/years/{year}/export.csv",       "/results/years/2021/export.csv?scope=all", 200, 200, 200, 200, 200, 302),
		// The city's yearly report is Hanoi's: a province officer downloads the report on their own unit.
		row("GET /reports/yearly/{year}.docx",            "/reports/yearly/2021.docx",   200, 200, 200, 200, 404, 302),
		row("GET /reports/provinces/{id}/{year}.docx",    "/reports/provinces/{provinceId}/2025.docx", 200, 200, 200, 200, 200, 302),
		row("GET /results/years/{year}/groups/{number}/narrative", "/results/years/2022/groups/1/narrative", 200, 200, 404, 404, 404, 302),
		row("POST /results/years/{year}/groups/{number}/narrative", "/results/years/1999/groups/1/narrative", 404, 404, 404, 404, 404, 302),
		// Only the coordinator locks a year, after this page shows what is still unapproved in it.
		row("GET /results/years/{year}/lock",             "/results/years/2022/lock",    404, 200, 404, 404, 404, 302),
		row("POST /results/years/{year}/lock",            "/results/years/1999/lock",    404, 404, 404, 404, 404, 302),
		row("POST /results/years/{year}/unlock",          "/results/years/1999/unlock",  404, 404, 404, 404, 404, 302),
		row("GET /results/{id}",                          "/results/999999999",          404, 404, 404, 404, 404, 302),
		row("GET /results/{id}/edit",                     "/results/999999999/edit",     404, 404, 404, 404, 404, 302),
		row("POST /results/{id}/edit",                    "/results/999999999/edit",     404, 404, 404, 404, 404, 302),
		row("POST /results/{id}/submit",                  "/results/999999999/submit",   404, 404, 404, 404, 404, 302),
		row("POST /results/{id}/approve",                 "/results/999999999/approve",  404, 404, 404, 404, 404, 302),
		row("POST /results/{id}/return",                  "/results/999999999/return",   404, 404, 404, 404, 404, 302),
		row("POST /results/{id}/delete",                  "/results/999999999/delete",   404, 404, 404, 404, 404, 302),
		// Only a partner province answers, and only for its own approved results; Hanoi's users never do.
		row("POST /results/{id}/confirmation",            "/results/999999999/confirmation", 404, 404, 404, 404, 404, 302),
		row("GET /admin",                                 "/admin",                      200, 403, 403, 403, 403, 302),
		row("GET /admin/groups/{id}/edit",                "/admin/groups/1/edit",        200, 403, 403, 403, 403, 302),
		row("POST /admin/groups/{id}/edit",               "/admin/groups/1/edit",        200, 403, 403, 403, 403, 302),
		row("GET /admin/provinces/{id}/edit",             "/admin/provinces/1/edit",     200, 403, 403, 403, 403, 302),
		row("POST /admin/provinces/{id}/edit",            "/admin/provinces/1/edit",     200, 403, 403, 403, 403, 302),
		row("GET /admin/departments/{id}/edit",           "/admin/departments/1/edit",   200, 403, 403, 403, 403, 302),
		row("POST /admin/departments/{id}/edit",          "/admin/departments/1/edit",   200, 403, 403, 403, 403, 302),
		row("GET /admin/accounts",                        "/admin/accounts",             200, 403, 403, 403, 403, 302),
		row("GET /admin/accounts/new",                    "/admin/accounts/new",         200, 403, 403, 403, 403, 302),
		row("POST /admin/accounts/new",                   "/admin/accounts/new",         200, 403, 403, 403, 403, 302),
		row("GET /admin/accounts/{id}",                   "/admin/accounts/{staffId}",   200, 403, 403, 403, 403, 302),
		row("POST /admin/accounts/{id}/disable",          "/admin/accounts/999999999/disable", 404, 403, 403, 403, 403, 302),
		row("POST /admin/accounts/{id}/enable",           "/admin/accounts/999999999/enable",  404, 403, 403, 403, 403, 302),
		row("POST /admin/accounts/{id}/reset-link",       "/admin/accounts/999999999/reset-link", 404, 403, 403, 403, 403, 302),
		row("POST /admin/accounts/{id}/require-password-change", "/admin/accounts/999999999/require-password-change", 404, 403, 403, 403, 403, 302),
		row("GET /admin/audit",                           "/admin/audit",                200, 403, 403, 403, 403, 302),
		row("GET /account/password",                      "/account/password",           200, 200, 200, 200, 200, 302),
		row("POST /account/password",                     "/account/password",           200, 200, 200, 200, 200, 302),
		row("GET /password-reset/{token}",                "/password-reset/unknown",     404, 404, 404, 404, 404, 404),
		row("POST /password-reset/{token}",               "/password-reset/unknown",     404, 404, 404, 404, 404, 404),
		// The test database has administrators: every set-up link is dead, and says so.
		row("GET /first-administrator/{token}",           "/first-administrator/unknown", 404, 404, 404, 404, 404, 404),
		row("POST /first-administrator/{token}",          "/first-administrator/unknown", 404, 404, 404, 404, 404, 404),
		// Everyone reads only their own notifications: another person's (or none) is not found.
		row("GET /notifications",                         "/notifications",              200, 200, 200, 200, 200, 302),
		row("POST /notifications/{id}/read",              "/notifications/999999999/read", 404, 404, 404, 404, 404, 302),
		row("POST /notifications/read-all",               "/notifications/read-all",     302, 302, 302, 302, 302, 302),
		row("GET /account/notifications",                 "/account/notifications",      200, 200, 200, 200, 200, 302),
		// Without fields the form comes back with its errors.
		row("POST /account/notifications",                "/account/notifications",      200, 200, 200, 200, 200, 302),
		row("GET /admin/emails",                          "/admin/emails",               200, 403, 403, 403, 403, 302),
		row("ANY /error/403",                             "/error/403",                  403, 403, 403, 403, 403, 403),
		// Boot's error controller, opened directly rather than forwarded to: there is no such page.
		row("ANY /error",                                 "/error",                      404, 404, 404, 404, 404, 404)
	);
	// @formatter:on

	public static final List<String> ROLES = List.of("ADMIN", "COORDINATOR", "STAFF", "LEADER", "PROVINCE", "ANONYMOUS");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Accounts accountRepository;

	@Test
	void everyEndpointHasAnExpectationForEveryRole() {
		Set<String> endpoints = endpoints();
		assertThat(endpoints).as("endpoints without a line in AuthorizationMatrixTest.EXPECTED")
			.isSubsetOf(EXPECTED.keySet());
		assertThat(EXPECTED.keySet()).as("lines in EXPECTED for endpoints that no longer exist")
			.isSubsetOf(endpoints);
	}

	@Test
	void everyRoleGetsTheExpectedAnswerFromEveryEndpoint() {
		List<String> wrong = new ArrayList<>();
		Long staffId = this.accountRepository.findByUsername(this.accounts.username(Role.STAFF)).orElseThrow().getId();
		Long provinceId = this.accounts.principal(Role.PROVINCE).getProvinceId();
		EXPECTED.forEach((endpoint, expected) -> {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String url = expected.sample()
				.replace("{staffId}", staffId.toString())
				.replace("{provinceId}", provinceId.toString());
			for (int i = 0; i < ROLES.size(); i++) {
				MockMvcRequestBuilder request = (method.equals("POST") ? this.mvc.post() : this.mvc.get()).uri(url)
					.with(csrf())
					.with(AccountLifecycleTest.from("10.30.0." + (i + 1)));
				if (i < 5) {
					request = request.with(this.accounts.as(Role.valueOf(ROLES.get(i))));
				}
				int status = request.exchange().getResponse().getStatus();
				if (status != expected.statuses()[i]) {
					wrong.add("%s as %s: expected %d but was %d".formatted(endpoint, ROLES.get(i),
							expected.statuses()[i], status));
				}
			}
		});
		assertThat(wrong).isEmpty();
	}

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add("ANY " + pattern);
				}
				for (RequestMethod method : methods) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	public record Expected(String sample, int[] statuses) {
	}

	private static Map.Entry<String, Expected> row(String endpoint, String sample, int admin, int coordinator,
			int staff, int leader, int province, int anonymous) {
		return Map.entry(endpoint,
				new Expected(sample, new int[] { admin, coordinator, staff, leader, province, anonymous }));
	}

	@SafeVarargs
	private static Map<String, Expected> table(Map.Entry<String, Expected>... rows) {
		Map<String, Expected> table = new LinkedHashMap<>();
		for (Map.Entry<String, Expected> row : rows) {
			assertThat(table.put(row.getKey(), row.getValue())).as("duplicate line " + row.getKey()).isNull();
		}
		return table;
	}

}
