package vn.hanoi.cooperation.system;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Account;
import vn.hanoi.cooperation.account.Accounts;
import vn.hanoi.cooperation.account.AuthorizationMatrixTest;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.TestLogins;
import vn.hanoi.cooperation.agreement.TestAgreements;
import vn.hanoi.cooperation.api.TestApiTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every endpoint of the authorization matrix (so a new endpoint is attacked as soon as it is listed there) gets
 * hostile values in every form field, request parameter and path variable, as every role: never a 5xx, never a
 * stack trace, what is shown back is escaped, and a refused request writes nothing to the main tables. The fields
 * come from the handler methods themselves (request parameters, form records, uploads). Each endpoint is attacked
 * in its own transaction, rolled back afterwards, on records of its own.
 */
@PortalTest
class HostileInputTest {

	static final String XSS = "<script>alert('xss')</script>";

	static final String XSS_ATTRIBUTE = "\"><img src=x onerror=alert(1)>";

	/** What an attacker types into any field. */
	static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

	static {
		PAYLOADS.put("xss", XSS);
		PAYLOADS.put("xss attribute", XSS_ATTRIBUTE);
		PAYLOADS.put("overlong", "ạ".repeat(20_001));
		PAYLOADS.put("control characters", "a\u0000b\u0007c\u001b[31md\u202e\r\n=1+1");
		PAYLOADS.put("sql", "'; drop table accounts; -- \" or 1=1 %_\\");
		PAYLOADS.put("impossible date", "2025-02-30");
		PAYLOADS.put("malformed date", "31/13/20255");
		PAYLOADS.put("negative", "-1");
		PAYLOADS.put("zero", "0");
		PAYLOADS.put("huge", "99999999999999999999999999");
		PAYLOADS.put("just over int", "2147483648");
		PAYLOADS.put("wrong enum", "NOT_A_VALUE");
		PAYLOADS.put("empty", "");
	}

	/** Enough to show that a role refused at the door is refused whatever it sends, and nothing is written. */
	static final List<String> REFUSED_PAYLOADS = List.of("xss", "overlong", "control characters", "sql");

	/** In all fields at once, as each role that may use the endpoint (each field alone gets every payload). */
	static final List<String> ALL_AT_ONCE_PAYLOADS = List.of("xss", "overlong", "control characters", "sql",
			"negative", "huge", "wrong enum", "empty");

	/** What an attacker puts in a path instead of an id, a year or a token. */
	static final List<String> PATH_PAYLOADS = List.of("-1", "0", "99999999999999999999", "abc", "%00", "1e3",
			"%3Cscript%3E");

	/** Tables a refused request must leave alone: counted, and every row's physical version (ctid) summed. */
	static final List<String> MAIN_TABLES = List.of("activities", "activity_coordinating_departments",
			"activity_partner_provinces", "activity_progress_updates", "activity_comments", "record_changes",
			"agreements", "agreement_groups", "agreement_provinces", "agreement_documents", "yearly_results",
			"indicators", "group_year_narratives", "locked_years", "year_lock_events",
			"province_confirmations", "pending_imports", "accounts", "password_reset_tokens", "cooperation_groups",
			"provinces", "departments", "plans", "plan_groups");

	/** Not attacked here: Boot's error page, reached only by forward (its direct request is in the matrix). */
	/** The read API's lines, asked with a token instead of a login. */
	private static final String API = "/api/v1/";

	static final Set<String> NOT_ATTACKED = Set.of("ANY /error", "ANY /error/403");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accountRepository;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** A wrong current password counts as a failed login: the test accounts must not stay locked for later tests. */
	@AfterEach
	void forgetTheFailedPasswords() {
		for (Role role : Role.values()) {
			TestLogins.forgetFailures(this.jdbc, this.accounts.username(role));
		}
	}

	@Test
	void everyGetParameterOfEveryEndpoint() {
		attackEvery("GET ");
	}

	@Test
	void everyPostFormOfEveryEndpoint() {
		attackEvery("POST ");
	}

	/** The attack list is the matrix's, and the matrix lists every mapping (AuthorizationMatrixTest checks). */
	@Test
	void everyEndpointOfTheMatrixHasItsHandlerAndItsFields() {
		for (String endpoint : AuthorizationMatrixTest.EXPECTED.keySet()) {
			if (!NOT_ATTACKED.contains(endpoint)) {
				assertThat(handler(endpoint)).as(endpoint).isNotNull();
			}
		}
		assertThat(fields(handler("POST /activities/new"))).contains("title", "planYear", "partnerProvinceIds");
		assertThat(fields(handler("GET /activities"))).contains("q", "year", "page", "status");
		assertThat(fields(handler("POST /agreements/{id}/documents"))).contains("file");
		assertThat(fields(handler("GET /results/years/{year}/entries"))).contains("page", "status", "scope");
	}

	/** The forms with valid values besides the hostile one, so that a hostile value reaches the service. */
	@Test
	void creatingAnAccount() {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("username", "hostile." + UUID.randomUUID().toString().substring(0, 8));
		valid.put("displayName", "Cán bộ thử");
		valid.put("role", "PROVINCE");
		valid.put("departmentId", "");
		valid.put("provinceId", "1");
		inRolledBackTransaction(() -> attack("/admin/accounts/new", valid, this.accounts.as(Role.ADMIN)));
	}

	@Test
	void editingAGroupAProvinceAndADepartment() {
		inRolledBackTransaction(() -> {
			attack("/admin/groups/2/edit", Map.of("nameVi", "Thương mại", "nameEn", "Trade", "leadDepartmentId", "1",
					"version", "0"), this.accounts.as(Role.ADMIN));
			attack("/admin/provinces/2/edit", Map.of("nameVi", "Hà Giang", "nameEn", "Ha Giang", "nameViFull",
					"Tỉnh Hà Giang", "version", "0"), this.accounts.as(Role.ADMIN));
			attack("/admin/departments/2/edit", Map.of("nameVi", "Sở thử", "nameEn", "Test department", "version",
					"0"), this.accounts.as(Role.ADMIN));
			assertThat(this.mvc.get().uri("/groups").with(this.accounts.as(Role.ADMIN))).bodyText()
				.doesNotContain(XSS);
		});
	}

	@Test
	void changingOnesPasswordSettingOneWithALinkAndLoggingIn() {
		inRolledBackTransaction(() -> {
			String username = "hostile.pw." + UUID.randomUUID().toString().substring(0, 6);
			Account account = this.accountRepository.save(Account.of(Role.LEADER, username, "Thử mật khẩu",
					this.passwordEncoder.encode(TestAccounts.PASSWORD)));
			attack("/account/password", Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "x",
					"confirmation", "y"), TestAccounts.as(new vn.hanoi.cooperation.account.PortalUser(account)));
			attack("/password-reset/" + "A".repeat(43), Map.of("newPassword", "x", "confirmation", "y"), r -> r);
			attack("/login", Map.of("username", "test.leader", "password", "wrong-password"), from("10.40.0.1"));
		});
	}

	private void attackEvery(String method) {
		List<String> problems = new ArrayList<>();
		int attacked = 0;
		for (Map.Entry<String, AuthorizationMatrixTest.Expected> line : AuthorizationMatrixTest.EXPECTED.entrySet()) {
			String endpoint = line.getKey();
			if (!endpoint.startsWith(method) || NOT_ATTACKED.contains(endpoint)) {
				continue;
			}
			attacked++;
			inRolledBackTransaction(() -> problems.addAll(attackEndpoint(endpoint, line.getValue().sample())));
		}
		assertThat(attacked).as("endpoints attacked").isGreaterThan(10);
		assertThat(problems).isEmpty();
	}

	/**
	 * As every role: every payload in all fields at once (a few for a role that may not use the endpoint). As the
	 * first role that may use it: every payload in each field alone, hostile files, hostile path variables.
	 */
	private List<String> attackEndpoint(String endpoint, String sample) {
		List<String> problems = new ArrayList<>();
		boolean post = endpoint.startsWith("POST ");
		String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
		Fixture fixture = new Fixture();
		String url = url(pattern, sample, fixture);
		// The read API answers tokens only: each role attacks it with a token of its own (gone with the rollback).
		List<String> tokens = new ArrayList<>();
		if (pattern.startsWith(API)) {
			TestApiTokens made = new TestApiTokens(this.jdbc);
			for (int i = 0; i < 5; i++) {
				tokens.add(made.create(this.accounts.principal(Role.valueOf(AuthorizationMatrixTest.ROLES.get(i)))
					.getAccountId()));
			}
		}
		List<String> fields = fields(handler(endpoint));
		boolean upload = fields.contains("file");
		boolean swept = false;
		// The least privileged first: what a coordinator's request deletes is gone for the roles after it.
		for (int i = AuthorizationMatrixTest.ROLES.size() - 1; i >= 0; i--) {
			RequestPostProcessor who = tokens.isEmpty() || i >= 5 ? who(i) : TestApiTokens.bearer(tokens.get(i));
			String as = endpoint + " as " + AuthorizationMatrixTest.ROLES.get(i);
			boolean allowed = i < 5 && mayUse(send(post, upload, url, Map.of(), who));
			for (String name : fields.isEmpty() ? List.of("empty") : allowed ? ALL_AT_ONCE_PAYLOADS : REFUSED_PAYLOADS) {
				Map<String, String> everywhere = new LinkedHashMap<>();
				fields.forEach(field -> everywhere.put(field, PAYLOADS.get(name)));
				check(post, upload, url, everywhere, who, as + ": every field=" + name, problems);
			}
			if (swept || !(allowed || i == 0)) {
				continue;
			}
			swept = true;
			for (String field : fields) {
				PAYLOADS.forEach((name, payload) -> check(post, upload, url, Map.of(field, payload), who,
						as + ": " + field + "=" + name, problems));
			}
			if (upload) {
				for (MockMultipartFile file : hostileFiles()) {
					checkResponse(uploadWith(url, file, who), as + ": file " + file.getOriginalFilename(), problems);
				}
			}
			for (String variable : pathVariables(pattern)) {
				for (String payload : PATH_PAYLOADS) {
					String hostileUrl = url(pattern.replace("{" + variable + "}", payload), sample, fixture);
					check(post, false, hostileUrl, Map.of(), who, as + ": {" + variable + "}=" + payload, problems);
				}
			}
		}
		problems.forEach(problem -> System.out.println("HOSTILE INPUT PROBLEM " + problem));
		return problems;
	}

	/** A role may use the endpoint when the bare request is neither refused nor sent to the login page. */
	private static boolean mayUse(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		return response.getStatus() != 403 && response.getStatus() != 404
				&& (location == null || !location.contains("/login"));
	}

	private void check(boolean post, boolean upload, String url, Map<String, String> values, RequestPostProcessor who,
			String what, List<String> problems) {
		String before = post ? snapshot() : null;
		MvcTestResult result = exchange(post, upload, url, values, who);
		checkResponse(result, what, problems);
		if (post && !redirected(result) && !before.equals(snapshot())) {
			problems.add(what + ": refused with " + result.getResponse().getStatus() + " but wrote something");
		}
	}

	private static boolean redirected(MvcTestResult result) {
		return result.getResponse().getStatus() / 100 == 3;
	}

	private static void checkResponse(MvcTestResult result, String what, List<String> problems) {
		if (result.getUnresolvedException() != null) {
			problems.add(what + ": " + result.getUnresolvedException());
			return;
		}
		MockHttpServletResponse response = result.getResponse();
		if (response.getStatus() >= 500) {
			problems.add(what + ": status " + response.getStatus());
		}
		String contentType = Objects.toString(response.getContentType(), "");
		if (contentType.startsWith("application/json")
				&& (body(response).contains("Exception") || body(response).contains("\tat "))) {
			problems.add(what + ": stack trace in the API's answer");
		}
		if (contentType.startsWith("text/html")) {
			String body = body(response);
			if (body.contains(XSS) || body.contains("<img src=x")) {
				problems.add(what + ": unescaped payload in the page");
			}
			if (body.contains("Exception") || body.contains("\tat ") || body.contains("at org.springframework")) {
				problems.add(what + ": stack trace in the page");
			}
		}
	}

	private MockHttpServletResponse send(boolean post, boolean upload, String url, Map<String, String> values,
			RequestPostProcessor who) {
		return exchange(post, upload, url, values, who).getResponse();
	}

	private MvcTestResult exchange(boolean post, boolean upload, String url, Map<String, String> values,
			RequestPostProcessor who) {
		if (url.startsWith(API)) {
			// Hundreds of attacks a minute per token: the rate limit would answer 429 instead of reading them.
			this.jdbc.update("delete from api_call_windows");
		}
		if (post && upload) {
			// An upload form without its file, the other fields as parts: the "empty multipart".
			var request = this.mvc.post().uri(url).multipart().with(csrf()).with(who);
			for (Map.Entry<String, String> value : values.entrySet()) {
				if (!"file".equals(value.getKey())) {
					request = request.param(value.getKey(), value.getValue());
				}
			}
			return request.exchange();
		}
		MockMvcRequestBuilder request = (post ? this.mvc.post().with(csrf()) : this.mvc.get()).uri(url).with(who);
		for (Map.Entry<String, String> value : values.entrySet()) {
			request = request.param(value.getKey(), value.getValue());
		}
		return request.exchange();
	}

	private MvcTestResult uploadWith(String url, MockMultipartFile file, RequestPostProcessor who) {
		String before = snapshot();
		MvcTestResult result = this.mvc.post().uri(url).multipart().file(file).with(csrf()).with(who).exchange();
		if (!redirected(result)) {
			assertThat(snapshot()).as("refused upload %s wrote something", file.getOriginalFilename())
				.isEqualTo(before);
		}
		return result;
	}

	/** Empty, mislabelled, truncated and hostile-named files. */
	private static List<MockMultipartFile> hostileFiles() {
		byte[] truncatedZip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };
		return List.of(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]),
				new MockMultipartFile("file", XSS + ".xlsx", "text/html", XSS.getBytes(StandardCharsets.UTF_8)),
				new MockMultipartFile("file", "truncated.xlsx", "application/zip", truncatedZip),
				new MockMultipartFile("file", "../../a\u0000b.docx", "application/octet-stream", truncatedZip),
				new MockMultipartFile("file", "", "", TestAgreements.PDF));
	}

	/** Form fields of a handler: request parameters, the components of its form records, its uploads. */
	static List<String> fields(HandlerMethod handler) {
		Set<String> fields = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
				fields.add(MultipartFile.class.equals(type) ? "file" : name);
			}
			else if (type.isRecord() && type.getName().startsWith("vn.hanoi.cooperation")
					&& !type.getSimpleName().equals("Viewer")) {
				for (RecordComponent component : type.getRecordComponents()) {
					fields.add(component.getName());
				}
			}
		}
		return new ArrayList<>(fields);
	}

	private HandlerMethod handler(String endpoint) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			boolean methodMatches = method.equals("ANY") ? methods.isEmpty()
					: methods.contains(RequestMethod.valueOf(method));
			if (methodMatches && mapping.getKey().getPatternValues().contains(pattern)) {
				return mapping.getValue();
			}
		}
		return null;
	}

	private static List<String> pathVariables(String pattern) {
		List<String> names = new ArrayList<>();
		Matcher matcher = Pattern.compile("\\{(\\w+)}").matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** Records of the endpoint's own, created in its transaction. */
	private final class Fixture {

		private final Map<String, String> ids = new LinkedHashMap<>();

		Fixture() {
			JdbcTemplate sql = HostileInputTest.this.jdbc;
			Long activity = sql.queryForObject("""
					insert into activities (plan_id, group_id, lead_department_id, title, status, deadline,
					                        shared_with_provinces)
					select p.id, g.id, d.id, 'HOSTILE hoạt động', 'IN_PROGRESS', date '2022-12-31', true
					from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT_2025'
					where p.year = 2022 returning id""", Long.class);
			sql.update("""
					insert into activity_partner_provinces (activity_id, province_id)
					select ?, id from provinces where code = '11' and valid_from = date '2008-08-01'""", activity);
			TestAgreements agreements = new TestAgreements(sql);
			Long agreement = agreements.create("HOSTILE thỏa thuận", true, "11");
			Long document = agreements.attach(agreement, "ban-chup.pdf", TestAgreements.PDF);
			Long result = sql.queryForObject("""
					insert into yearly_results (indicator_id, year, department_id, target, actual, status)
					values ((select id from indicators where code = 'TM.TUAN_HANG'), 2024,
					        (select id from departments where code = 'SCT_2025'), 10, 12, 'SUBMITTED')
					returning id""", Long.class);
			Long account = HostileInputTest.this.accountRepository
				.save(Account.of(Role.LEADER, "hostile." + UUID.randomUUID().toString().substring(0, 8), "Thử",
						HostileInputTest.this.passwordEncoder.encode(TestAccounts.PASSWORD)))
				.getId();
			Long province = sql.queryForObject(
					"select id from provinces where code = '11' and valid_from = date '2008-08-01'", Long.class);
			this.ids.put("/activities/", activity.toString());
			this.ids.put("/api/v1/activities/", activity.toString());
			this.ids.put("/agreements/", agreement.toString());
			this.ids.put("/api/v1/agreements/", agreement.toString());
			this.ids.put("/results/", result.toString());
			this.ids.put("/indicators/", sql.queryForObject("select min(id) from indicators", Long.class).toString());
			// The read API's results and figures (s7-api-results).
			this.ids.put("/api/v1/results/", result.toString());
			this.ids.put("/api/v1/indicators/", this.ids.get("/indicators/"));
			this.ids.put("/admin/accounts/", account.toString());
			this.ids.put("/admin/groups/", "2");
			this.ids.put("/admin/provinces/", province.toString());
			this.ids.put("/admin/departments/",
					sql.queryForObject("select id from departments where code = 'SCT_2025'", Long.class).toString());
			this.ids.put("/provinces/", province.toString());
			this.ids.put("/reports/provinces/", province.toString());
			this.ids.put("{documentId}", document.toString());
			// Evidence of the activity (s6-evidence), a photo with its thumbnail.
			Long evidence = sql.queryForObject("""
					insert into activity_evidence (activity_id, file_name, content_type, size_bytes, sha256,
					                               has_thumbnail, uploaded_by_name)
					values (?, 'anh.png', 'image/png', 4, 'x', true, 'Thử') returning id""", Long.class, activity);
			sql.update("insert into activity_evidence_contents (evidence_id, content, thumbnail) values (?, ?, ?)",
					evidence, new byte[] { 1, 2, 3, 4 }, new byte[] { 5, 6 });
			this.ids.put("{evidenceId}", evidence.toString());
			// A person's records, of the fixture's account (s8-slices: the matrix's lines name real ones).
			this.ids.put("/imports/failures/", sql.queryForObject("""
					insert into import_failures (kind, year, account_id, account_name, file_name, reason_vi, reason_en)
					values ('RESULTS', 2024, ?, 'Thử', 'tep.xlsx', 'Tệp hỏng', 'Broken file') returning id""",
					Long.class, account).toString());
			this.ids.put("/notifications/", sql.queryForObject("""
					insert into notifications (account_id, kind, link, label_vi, label_en)
					values (?, 'YEAR_LOCKED', '/activities', 'Thử', 'Test') returning id""", Long.class, account)
				.toString());
			this.ids.put("/account/tokens/", sql.queryForObject("""
					insert into api_tokens (account_id, name, token_hash, expires_at)
					values (?, 'Thử', encode(sha256(gen_random_uuid()::text::bytea), 'hex'), now() + interval '1 day')
					returning id""", Long.class, account).toString());
		}

	}

	/**
	 * The endpoint's pattern with the fixture's records in it; a pattern whose {id} no fixture knows keeps the
	 * matrix's sample (a record that does not exist), so a new endpoint is still attacked.
	 */
	private String url(String pattern, String sample, Fixture fixture) {
		String withValues = pattern.replace("{year}", "2024")
			.replace("{number}", "2")
			.replace("{token}", "A".repeat(43))
			.replace("{documentId}", fixture.ids.get("{documentId}"))
			.replace("{evidenceId}", fixture.ids.get("{evidenceId}"));
		String prefix = fixture.ids.keySet()
			.stream()
			.filter(withValues::startsWith)
			.reduce((first, longer) -> longer.length() > first.length() ? longer : first)
			.orElse(null);
		if (withValues.contains("{id}") && prefix != null && !withValues.startsWith("/activities/import/")) {
			withValues = withValues.replace("{id}", fixture.ids.get(prefix));
		}
		return withValues.contains("{") ? sample.replace("{provinceId}", fixture.ids.get("/provinces/"))
			.replace("{staffId}", fixture.ids.get("/admin/accounts/")) : withValues;
	}

	/** Posts the valid form with one field replaced by each payload (or left out). */
	private void attack(String url, Map<String, String> valid, RequestPostProcessor who) {
		List<String> problems = new ArrayList<>();
		Map<String, String> payloads = new LinkedHashMap<>(PAYLOADS);
		payloads.put("1 MB", "ạ".repeat(1_000_000));
		payloads.put("missing", null);
		for (String field : valid.keySet()) {
			payloads.forEach((name, payload) -> {
				Map<String, String> values = new LinkedHashMap<>();
				valid.forEach((key, value) -> {
					String sent = key.equals(field) ? payload : value;
					if (sent != null) {
						values.put(key, sent);
					}
				});
				check(true, false, url, values, who, url + " " + field + "=" + name, problems);
			});
		}
		assertThat(problems).isEmpty();
	}

	private RequestPostProcessor who(int role) {
		RequestPostProcessor address = from("10.41.0." + (role + 1));
		if (role >= 5) {
			return address;
		}
		RequestPostProcessor user = this.accounts.as(Role.valueOf(AuthorizationMatrixTest.ROLES.get(role)));
		return request -> user.postProcessRequest(address.postProcessRequest(request));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** Row count and the sum of every row's physical position per table: an insert, update or delete shows. */
	private String snapshot() {
		this.entityManager.flush();
		StringBuilder sql = new StringBuilder("select concat_ws('|'");
		for (String table : MAIN_TABLES) {
			sql.append(", (select count(*) || ':' || coalesce(sum(hashtext(ctid::text)), 0) from ")
				.append(table)
				.append(')');
		}
		return this.jdbc.queryForObject(sql.append(')').toString(), String.class);
	}

	private void inRolledBackTransaction(Runnable work) {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			try {
				work.run();
			}
			finally {
				status.setRollbackOnly();
			}
		});
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
