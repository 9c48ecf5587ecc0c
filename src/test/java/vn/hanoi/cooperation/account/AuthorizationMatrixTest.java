package vn.hanoi.cooperation.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.api.TestApiTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every endpoint of the portal, asked by every role. A new request mapping without a line in {@link #EXPECTED}
 * fails the build: add one line per endpoint, with a sample URL and the status each role must get.
 * POSTs go without form fields and with a valid CSRF token. Records are real ({@link MatrixRecords}): each line
 * asks for one of another department and another province than the test staff and province officers', and
 * {@link #OWN_RECORDS} asks the same endpoints for their own, so every record line shows a role refused what it
 * must not see and allowed what it may. Anonymous visitors are sent to the login page (302) wherever a login is
 * needed.
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
		// Everyone but the administrator has an inbox (i16-inbox).
		row("GET /my-work",                               "/my-work",                    302, 200, 200, 200, 200, 302),
		row("GET /my-province",                           "/my-province",                302, 302, 302, 302, 200, 302),
		row("GET /dashboard",                             "/dashboard",                  200, 200, 200, 200, 200, 302),
		row("GET /activities",                            "/activities",                 200, 200, 200, 200, 200, 302),
		row("GET /activities/new",                        "/activities/new",             200, 200, 200, 404, 404, 302),
		// Without fields the form comes back with its errors.
		row("POST /activities/new",                       "/activities/new",             200, 200, 200, 404, 404, 302),
		row("GET /activities/form-options",               "/activities/form-options?planYear=2022", 200, 200, 200, 404, 404, 302),
		// {otherActivity}: Sở Y tế's, shared with Lai Châu (a fresh one per request: the administrator's delete deletes).
		row("GET /activities/{id}",                       "/activities/{otherActivity}", 200, 200, 200, 200, 404, 302),
		row("GET /activities/{id}/edit",                  "/activities/{otherActivity}/edit", 200, 200, 404, 404, 404, 302),
		row("POST /activities/{id}/edit",                 "/activities/{otherActivity}/edit", 200, 200, 404, 404, 404, 302),
		row("GET /activities/{id}/delete",                "/activities/{otherActivity}/delete", 200, 200, 404, 404, 404, 302),
		row("POST /activities/{id}/delete",               "/activities/{otherActivity}/delete", 302, 302, 404, 404, 404, 302),
		row("POST /activities/{id}/progress",             "/activities/{otherActivity}/progress", 200, 200, 404, 404, 404, 302),
		row("POST /activities/{id}/complete",             "/activities/{otherActivity}/complete", 200, 200, 404, 404, 404, 302),
		row("GET /activities/export.xlsx",                "/activities/export.xlsx",     200, 200, 200, 200, 200, 302),
		row("GET /activities/export.csv",                 "/activities/export.csv?year=2022", 200, 200, 200, 200, 200, 302),
		row("GET /activities/import",                     "/activities/import",          200, 200, 200, 404, 404, 302),
		row("GET /activities/import/template.xlsx",       "/activities/import/template.xlsx", 200, 200, 200, 404, 404, 302),
		// Without a file the upload page comes back with its message.
		row("POST /activities/import",                    "/activities/import",          200, 200, 200, 404, 404, 302),
		row("GET /activities/import/{id}",                "/activities/import/00000000-0000-0000-0000-000000000000", 404, 404, 404, 404, 404, 302),
		row("POST /activities/import/{id}",               "/activities/import/00000000-0000-0000-0000-000000000000", 404, 404, 404, 404, 404, 302),
		row("GET /activities/form-agreements",            "/activities/form-agreements?planYear=2022", 200, 200, 200, 404, 404, 302),
		row("POST /activities/{id}/comments",             "/activities/{otherActivity}/comments", 200, 200, 404, 404, 404, 302),
		// Evidence (s6-evidence): changed by those who may change the activity, seen by whoever sees it; removed by
		// its uploader (the test staff officer) while they may change the activity, by the coordinator and the
		// administrator, or by the lead department's staff once the uploader may no longer (EvidenceTest).
		row("POST /activities/{id}/evidence",             "/activities/{otherActivity}/evidence", 200, 200, 404, 404, 404, 302),
		row("POST /activities/{id}/evidence/{evidenceId}/delete", "/activities/{otherActivity}/evidence/{otherEvidence}/delete", 302, 302, 404, 404, 404, 302),
		row("GET /activities/{id}/evidence/{evidenceId}", "/activities/{otherActivity}/evidence/{otherEvidence}", 200, 200, 200, 200, 404, 302),
		row("GET /activities/{id}/evidence/{evidenceId}/thumbnail", "/activities/{otherActivity}/evidence/{otherEvidence}/thumbnail", 200, 200, 200, 200, 404, 302),
		row("GET /agreements",                            "/agreements",                 200, 200, 200, 200, 200, 302),
		row("GET /agreements/export.xlsx",                "/agreements/export.xlsx",     200, 200, 200, 200, 200, 302),
		row("GET /agreements/export.csv",                 "/agreements/export.csv?status=IN_FORCE", 200, 200, 200, 200, 200, 302),
		row("GET /agreements/new",                        "/agreements/new",             200, 200, 404, 404, 404, 302),
		row("POST /agreements/new",                       "/agreements/new",             200, 200, 404, 404, 404, 302),
		// {otherAgreement}: shared with Lai Châu only.
		row("GET /agreements/{id}",                       "/agreements/{otherAgreement}", 200, 200, 200, 200, 404, 302),
		row("GET /agreements/{id}/edit",                  "/agreements/{otherAgreement}/edit", 200, 200, 404, 404, 404, 302),
		row("POST /agreements/{id}/edit",                 "/agreements/{otherAgreement}/edit", 200, 200, 404, 404, 404, 302),
		row("GET /agreements/{id}/terminate",             "/agreements/{otherAgreement}/terminate", 200, 200, 404, 404, 404, 302),
		row("POST /agreements/{id}/terminate",            "/agreements/{otherAgreement}/terminate", 200, 200, 404, 404, 404, 302),
		row("POST /agreements/{id}/documents",            "/agreements/{otherAgreement}/documents", 200, 200, 404, 404, 404, 302),
		row("GET /agreements/{id}/documents/{documentId}","/agreements/{otherAgreement}/documents/{otherDocument}", 200, 200, 200, 200, 404, 302),
		// Removed by those who keep the register, whoever attached it; refused to the others as the other writes are.
		row("POST /agreements/{id}/documents/{documentId}/delete", "/agreements/{otherAgreement}/documents/{otherDocument}/delete", 302, 302, 404, 404, 404, 302),
		row("GET /indicators",                            "/indicators",                 200, 200, 200, 200, 200, 302),
		row("GET /indicators/new",                        "/indicators/new",             200, 200, 404, 404, 404, 302),
		row("POST /indicators/new",                       "/indicators/new",             200, 200, 404, 404, 404, 302),
		row("GET /indicators/{id}/edit",                  "/indicators/{indicatorId}/edit", 200, 200, 404, 404, 404, 302),
		row("POST /indicators/{id}/edit",                 "/indicators/{indicatorId}/edit", 200, 200, 404, 404, 404, 302),
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
		// The results grid: staff enter their own department's, coordinators and administrators choose one to look at.
		row("GET /results/years/{year}/grid",             "/results/years/2022/grid",    200, 200, 200, 404, 404, 302),
		row("POST /results/years/{year}/grid",            "/results/years/1999/grid",    404, 404, 404, 404, 404, 302),
		// Coordinators download a department's grid by naming it (?department=); without it, not found.
		row("GET /results/years/{year}/grid/export.xlsx", "/results/years/2022/grid/export.xlsx", 404, 404, 200, 404, 404, 302),
		// Without a file staff are sent back to the grid with the message.
		row("POST /results/years/{year}/grid/import",     "/results/years/2022/grid/import", 404, 404, 302, 404, 404, 302),
		row("GET /results/years/{year}/grid/import/{id}", "/results/years/2022/grid/import/00000000-0000-0000-0000-000000000000", 404, 404, 404, 404, 404, 302),
		row("POST /results/years/{year}/grid/import/{id}", "/results/years/2022/grid/import/00000000-0000-0000-0000-000000000000", 404, 404, 404, 404, 404, 302),
		row("GET /results/years/{year}/lock",             "/results/years/2022/lock",    404, 200, 404, 404, 404, 302),
		row("POST /results/years/{year}/lock",            "/results/years/1999/lock",    404, 404, 404, 404, 404, 302),
		row("POST /results/years/{year}/unlock",          "/results/years/1999/unlock",  404, 404, 404, 404, 404, 302),
		// The approval queue is the coordinator's; the completeness view is for Hanoi's users (i16-inbox).
		row("GET /results/queue",                         "/results/queue",              404, 200, 404, 404, 404, 302),
		row("POST /results/queue/approve",                "/results/queue/approve",      404, 302, 404, 404, 404, 302),
		row("POST /results/queue/{id}/return",            "/results/queue/{otherResult}/return", 404, 302, 404, 404, 404, 302),
		// Failed imports are read and dismissed by those who act for every department (s6-loop); {otherFailure} is
		// Sở Y tế's. OWN_RECORDS: not even by the staff officer whose department's import failed.
		row("GET /imports/failures/{id}",                 "/imports/failures/{otherFailure}", 200, 200, 404, 404, 404, 302),
		row("POST /imports/failures/{id}/dismiss",        "/imports/failures/{otherFailure}/dismiss", 302, 302, 404, 404, 404, 302),
		row("GET /results/years/{year}/completeness",     "/results/years/2022/completeness", 200, 200, 200, 200, 404, 302),
		// {otherResult}: Sở Y tế's, approved, about Lai Châu. Those who may act on it but not in its state are sent back
		// to it with a message saying why (302); those who may not see it or act on it get 404.
		row("GET /results/{id}",                          "/results/{otherResult}", 200, 200, 200, 200, 404, 302),
		row("GET /results/{id}/edit",                     "/results/{otherResult}/edit", 302, 302, 404, 404, 404, 302),
		row("POST /results/{id}/edit",                    "/results/{otherResult}/edit", 302, 302, 404, 404, 404, 302),
		row("POST /results/{id}/submit",                  "/results/{otherResult}/submit", 302, 302, 404, 404, 404, 302),
		row("POST /results/{id}/approve",                 "/results/{otherResult}/approve", 404, 302, 404, 404, 404, 302),
		row("POST /results/{id}/return",                  "/results/{otherResult}/return", 404, 302, 404, 404, 404, 302),
		row("POST /results/{id}/reopen",                  "/results/{otherResult}/reopen", 404, 302, 404, 404, 404, 302),
		row("POST /results/{id}/delete",                  "/results/{otherResult}/delete", 302, 302, 404, 404, 404, 302),
		// Only a partner province answers, and only for its own approved results; Hanoi's users never do.
		row("POST /results/{id}/confirmation",            "/results/{otherResult}/confirmation", 404, 404, 404, 404, 404, 302),
		// The published figures are for everyone; only the coordinator publishes (nothing is approved in 2027, a year
		// the year pages offer; indicator 1 is the catalogue's first, V11).
		row("GET /cong-khai",                             "/cong-khai",                  200, 200, 200, 200, 200, 200),
		row("GET /cong-khai/so-lieu.csv",                 "/cong-khai/so-lieu.csv",      200, 200, 200, 200, 200, 200),
		row("GET /cong-khai/so-lieu.json",                "/cong-khai/so-lieu.json",     200, 200, 200, 200, 200, 200),
		row("GET /publication/{year}",                    "/publication/2022",           404, 200, 404, 404, 404, 302),
		row("POST /publication/{year}/indicators/{indicatorId}/publish", "/publication/2027/indicators/1/publish", 404, 302, 404, 404, 404, 302),
		row("POST /publication/{year}/indicators/{indicatorId}/withdraw", "/publication/2027/indicators/1/withdraw", 404, 302, 404, 404, 404, 302),
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
		// Without fields the form comes back, saying the account was saved meanwhile (no version was sent).
		row("GET /admin/accounts/{id}/edit",              "/admin/accounts/{accountId}/edit", 200, 403, 403, 403, 403, 302),
		row("POST /admin/accounts/{id}/edit",             "/admin/accounts/{accountId}/edit", 200, 403, 403, 403, 403, 302),
		row("POST /admin/accounts/{id}/disable",          "/admin/accounts/{accountId}/disable", 302, 403, 403, 403, 403, 302),
		row("POST /admin/accounts/{id}/enable",           "/admin/accounts/{accountId}/enable", 302, 403, 403, 403, 403, 302),
		row("POST /admin/accounts/{id}/reset-link",       "/admin/accounts/{accountId}/reset-link", 302, 403, 403, 403, 403, 302),
		row("POST /admin/accounts/{id}/require-password-change","/admin/accounts/{accountId}/require-password-change", 302, 403, 403, 403, 403, 302),
		row("GET /admin/audit",                           "/admin/audit",                200, 403, 403, 403, 403, 302),
		row("GET /account/password",                      "/account/password",           200, 200, 200, 200, 200, 302),
		row("POST /account/password",                     "/account/password",           200, 200, 200, 200, 200, 302),
		row("GET /password-reset/{token}",                "/password-reset/unknown",     404, 404, 404, 404, 404, 404),
		row("POST /password-reset/{token}",               "/password-reset/unknown",     404, 404, 404, 404, 404, 404),
		// The test database has administrators: every set-up link is dead, and says so.
		row("GET /first-administrator/{token}",           "/first-administrator/unknown", 404, 404, 404, 404, 404, 404),
		row("POST /first-administrator/{token}",          "/first-administrator/unknown", 404, 404, 404, 404, 404, 404),
		// Everyone reads only their own notifications: another person's is not found (OWN_RECORDS: one's own opens).
		row("GET /notifications",                         "/notifications",              200, 200, 200, 200, 200, 302),
		row("POST /notifications/{id}/read",              "/notifications/{otherNotification}/read", 404, 404, 404, 404, 404, 302),
		row("POST /notifications/read-all",               "/notifications/read-all",     302, 302, 302, 302, 302, 302),
		row("GET /account/notifications",                 "/account/notifications",      200, 200, 200, 200, 200, 302),
		// Without fields the form comes back with its errors.
		row("POST /account/notifications",                "/account/notifications",      200, 200, 200, 200, 200, 302),
		row("GET /admin/emails",                          "/admin/emails",               200, 403, 403, 403, 403, 302),
		// s6-api: everyone revokes their own API tokens (OWN_RECORDS), never another person's; the API answers a token of each role
		// (API_LINE), and 401 without one.
		row("GET /account/tokens",                        "/account/tokens",             200, 200, 200, 200, 200, 302),
		row("POST /account/tokens",                       "/account/tokens",             200, 200, 200, 200, 200, 302),
		row("POST /account/tokens/{id}/revoke",           "/account/tokens/{otherToken}/revoke", 404, 404, 404, 404, 404, 302),
		row("GET /api/v1/activities",                     "/api/v1/activities?limit=5",  200, 200, 200, 200, 200, 401),
		row("GET /api/v1/activities/{id}",                "/api/v1/activities/{otherActivity}", 200, 200, 200, 200, 404, 401),
		row("GET /api/v1/activities/{id}/progress-notes", "/api/v1/activities/{otherActivity}/progress-notes", 200, 200, 200, 200, 404, 401),
		// s7-api-agreements: {otherAgreement} is shared with Lai Châu only, {otherDocument} is its document.
		row("GET /api/v1/agreements",                     "/api/v1/agreements?limit=5",  200, 200, 200, 200, 200, 401),
		row("GET /api/v1/agreements/{id}",                "/api/v1/agreements/{otherAgreement}", 200, 200, 200, 200, 404, 401),
		row("GET /api/v1/agreements/{id}/documents/{documentId}", "/api/v1/agreements/{otherAgreement}/documents/{otherDocument}", 200, 200, 200, 200, 404, 401),
		row("GET /api/v1/plans",                          "/api/v1/plans",               200, 200, 200, 200, 200, 401),
		row("GET /api/v1/groups",                         "/api/v1/groups",              200, 200, 200, 200, 200, 401),
		row("GET /api/v1/provinces",                      "/api/v1/provinces",           200, 200, 200, 200, 200, 401),
		row("GET /api/v1/departments",                    "/api/v1/departments",         200, 200, 200, 200, 200, 401),
		// s7-api-docs: the API's description and its Swagger UI are public (no data in them); calls still need a token.
		row("GET /api/docs",                              "/api/docs",                   302, 302, 302, 302, 302, 302),
		row("GET /api/docs/index.html",                   "/api/docs/index.html",        302, 302, 302, 302, 302, 302),
		row("GET /api/docs/openapi.json",                 "/api/docs/openapi.json",      200, 200, 200, 200, 200, 200),
		row("GET /api/docs/openapi.json.yaml",            "/api/docs/openapi.json.yaml", 200, 200, 200, 200, 200, 200),
		row("GET /api/docs/openapi.json/swagger-config",  "/api/docs/openapi.json/swagger-config", 200, 200, 200, 200, 200, 200),
		// Results as on the result pages: a province only the approved rows about its own unit (s7-api-results).
		row("GET /api/v1/results",                        "/api/v1/results?limit=5",     200, 200, 200, 200, 200, 401),
		row("GET /api/v1/results/{id}",                   "/api/v1/results/{otherResult}", 200, 200, 200, 200, 404, 401),
		row("GET /api/v1/indicators/{id}/figures",        "/api/v1/indicators/{indicatorId}/figures", 200, 200, 200, 200, 200, 401),
		row("ANY /error/403",                             "/error/403",                  403, 403, 403, 403, 403, 403),
		// Boot's error controller, opened directly rather than forwarded to: there is no such page.
		row("ANY /error",                                 "/error",                      404, 404, 404, 404, 404, 404)
	);

	/**
	 * Second lines for endpoints on a record: the staff officer's department's, shared with the province officer's
	 * unit; a person's own notification and API token, for each role that asks.
	 */
	public static final Map<String, Expected> OWN_RECORDS = table(
		//                                                                             ADMIN COORD STAFF LEADER PROV ANON
		row("GET /activities/{id}",                       "/activities/{ownActivity}",   200, 200, 200, 200, 200, 302),
		row("GET /activities/{id}/edit",                  "/activities/{ownActivity}/edit", 200, 200, 200, 404, 404, 302),
		row("GET /activities/{id}/delete",                "/activities/{ownActivity}/delete", 200, 200, 200, 404, 404, 302),
		row("POST /activities/{id}/progress",             "/activities/{ownActivity}/progress", 200, 200, 200, 404, 404, 302),
		// A province comments on what is shared with it.
		row("POST /activities/{id}/comments",             "/activities/{ownActivity}/comments", 200, 200, 200, 404, 200, 302),
		row("POST /activities/{id}/evidence",             "/activities/{ownActivity}/evidence", 200, 200, 200, 404, 404, 302),
		row("POST /activities/{id}/evidence/{evidenceId}/delete", "/activities/{ownActivity}/evidence/{ownEvidence}/delete", 302, 302, 302, 404, 404, 302),
		row("GET /activities/{id}/evidence/{evidenceId}", "/activities/{ownActivity}/evidence/{ownEvidence}", 200, 200, 200, 200, 200, 302),
		row("GET /activities/{id}/evidence/{evidenceId}/thumbnail", "/activities/{ownActivity}/evidence/{ownEvidence}/thumbnail", 200, 200, 200, 200, 200, 302),
		row("GET /agreements/{id}",                       "/agreements/{ownAgreement}",  200, 200, 200, 200, 200, 302),
		row("GET /agreements/{id}/documents/{documentId}", "/agreements/{ownAgreement}/documents/{ownDocument}", 200, 200, 200, 200, 200, 302),
		// The partner province sees the scan, and still may not remove it.
		row("POST /agreements/{id}/documents/{documentId}/delete", "/agreements/{ownAgreement}/documents/{ownDocument}/delete", 302, 302, 404, 404, 404, 302),
		row("GET /results/{id}",                          "/results/{ownResult}",        200, 200, 200, 200, 200, 302),
		row("POST /results/{id}/confirmation",            "/results/{ownResult}/confirmation", 404, 404, 404, 404, 302, 302),
		row("GET /api/v1/activities/{id}",                "/api/v1/activities/{ownActivity}", 200, 200, 200, 200, 200, 401),
		row("GET /api/v1/activities/{id}/progress-notes", "/api/v1/activities/{ownActivity}/progress-notes", 200, 200, 200, 200, 200, 401),
		row("GET /api/v1/results/{id}",                   "/api/v1/results/{ownResult}", 200, 200, 200, 200, 200, 401),
		row("GET /api/v1/agreements/{id}",                "/api/v1/agreements/{ownAgreement}", 200, 200, 200, 200, 200, 401),
		row("GET /api/v1/agreements/{id}/documents/{documentId}", "/api/v1/agreements/{ownAgreement}/documents/{ownDocument}", 200, 200, 200, 200, 200, 401),
		row("GET /imports/failures/{id}",                 "/imports/failures/{ownFailure}", 200, 200, 404, 404, 404, 302),
		row("POST /imports/failures/{id}/dismiss",        "/imports/failures/{ownFailure}/dismiss", 302, 302, 404, 404, 404, 302),
		row("POST /notifications/{id}/read",              "/notifications/{ownNotification}/read", 302, 302, 302, 302, 302, 302),
		row("POST /account/tokens/{id}/revoke",           "/account/tokens/{ownToken}/revoke", 302, 302, 302, 302, 302, 302)
	);
	// @formatter:on

	/** Sample URLs of the read API, asked with a token of each role instead of a login. */
	static final String API_LINE = "/api/v1/";

	private final List<String> apiTokens = new ArrayList<>();

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

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyRoleGetsTheExpectedAnswerFromEveryEndpoint() {
		Long staffId = this.accountRepository.findByUsername(this.accounts.username(Role.STAFF)).orElseThrow().getId();
		Long provinceId = this.accounts.principal(Role.PROVINCE).getProvinceId();
		// The administrator disables, enables… an account no other test logs in with.
		Long target = this.accountRepository.findByUsername("test.matrix.target")
			.orElseGet(() -> this.accountRepository.save(Account.of(Role.LEADER, "test.matrix.target", "Đích", "-")))
			.getId();
		MatrixRecords records = new MatrixRecords(this.jdbc, target);
		// Whose own records each role asks for; an anonymous visitor asks for the staff officer's.
		List<Long> askers = new ArrayList<>();
		for (int i = 0; i < ROLES.size(); i++) {
			askers.add(i < 5 ? this.accounts.principal(Role.valueOf(ROLES.get(i))).getAccountId() : staffId);
		}
		TestApiTokens tokens = new TestApiTokens(this.jdbc);
		for (int i = 0; i < 5; i++) {
			this.apiTokens.add(tokens.create(this.accounts.principal(Role.valueOf(ROLES.get(i))).getAccountId()));
		}
		try {
			List<String> wrong = new ArrayList<>();
			for (Map<String, Expected> table : List.of(EXPECTED, OWN_RECORDS)) {
				table.forEach((endpoint, expected) -> wrong.addAll(wrongAnswers(endpoint, expected,
						asker -> records.url(expected.sample()
							.replace("{staffId}", staffId.toString())
							.replace("{provinceId}", provinceId.toString()), askers.get(asker)))));
			}
			assertThat(wrong).isEmpty();
		}
		finally {
			records.remove();
			tokens.removeAll();
			this.apiTokens.clear();
		}
	}

	@Test
	void ownRecordLinesAreForEndpointsOfTheMatrix() {
		assertThat(EXPECTED.keySet()).containsAll(OWN_RECORDS.keySet());
	}

	/** {@code urls} gives the sample URL as the role at that index of {@link #ROLES} asks for it. */
	private List<String> wrongAnswers(String endpoint, Expected expected, IntFunction<String> urls) {
		List<String> wrong = new ArrayList<>();
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		for (int i = 0; i < ROLES.size(); i++) {
			String url = urls.apply(i);
			MockMvcRequestBuilder request = (method.equals("POST") ? this.mvc.post() : this.mvc.get()).uri(url)
				.with(csrf())
				.with(AccountLifecycleTest.from("10.30.0." + (i + 1)));
			if (i < 5) {
				// The API opens to a personal access token only, the pages to a login.
				request = request.with(url.startsWith(API_LINE) ? TestApiTokens.bearer(this.apiTokens.get(i))
						: this.accounts.as(Role.valueOf(ROLES.get(i))));
			}
			int status = request.exchange().getResponse().getStatus();
			if (status != expected.statuses()[i]) {
				wrong.add("%s (%s) as %s: expected %d but was %d".formatted(endpoint, url, ROLES.get(i),
						expected.statuses()[i], status));
			}
		}
		return wrong;
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
