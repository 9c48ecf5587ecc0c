package vn.hanoi.cooperation.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.hanoi.cooperation.CooperationPortalApplication;
import vn.hanoi.cooperation.activity.ActivityFilter;
import vn.hanoi.cooperation.api.TestApiTokens;
import vn.hanoi.cooperation.system.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal under load: {@code ./mvnw -Pbenchmark verify} (not part of the ordinary build). A fresh embedded
 * PostgreSQL with a large synthetic data set, the portal on it, and virtual users who log in, warm the portal up
 * with pages back to back, then request pages with a think time between two, over loopback only, for a bounded
 * time. Prints, per page, throughput and p50/p95/p99 latency, and how each compares with a static file; in scenario
 * (a) the read API's activity list beside the page with the same filter, for the same readers, and their ratio.
 *
 * <p>
 * Settings (system properties): {@code benchmark.activities} (50000), {@code benchmark.results} (200000),
 * {@code benchmark.users} (32), {@code benchmark.warmup} and {@code benchmark.measure} in seconds (60, 40),
 * {@code benchmark.thinkMs} (1000, the average pause between two pages; 0 for saturation),
 * {@code benchmark.writeEverySeconds} (10, staff's progress notes; 0 for none);
 * {@code benchmark.keepData=true} leaves the database files in target/ to study query plans afterwards;
 * {@code benchmark.slowQueryMs=100} logs every SQL statement slower than that;
 * {@code benchmark.petclinic=http://localhost:8202} measures spring-petclinic's owners list in the same run, before and
 * after the pages, and every page's throughput is printed as a ratio to the mean of the two; {@code benchmark.scenarios} ({@code saturation,think,approval}): (a) each page
 * alone by {@code benchmark.saturationClients} (8) clients without think time for {@code benchmark.pageSeconds} (10)
 * after {@code benchmark.pageWarmupSeconds} (20) of the same load (the reference, started fresh, first
 * {@code benchmark.referenceWarmupSeconds}, 60), then each page rendered per request once more as its last answer
 * served again without its own work ({@link RenderingBound}; {@code benchmark.renderingBound=false} leaves it out),
 * (b) every user with think time and notes, with a progress line every 10 s; (c) {@code approval}: the coordinator
 * approves 200 results in one request, {@code benchmark.approvalRounds} (5) times after
 * {@code benchmark.approvalWarmups} (3) rounds printed apart, during (b) when (b) runs; (d) {@code export}, not run unless
 * named: a leader exports every activity as .xlsx and .csv, {@code benchmark.exportRounds} (2) times, with the heap used
 * meanwhile (run it as {@code -Dbenchmark.scenarios=export -DargLine=-Xmx256m} to prove the exports in a small heap; the
 * yearly results, the warm-up and the other scenarios are then left out).
 */
class PortalBenchmark {

	private static final String PASSWORD = "benchmark-password-188";

	private static final List<String> SEARCHES = List.of("dien bien", "hoi cho", "dao tao", "nong san", "ocop",
			"du lich", "ha giang", "chuyen doi so");

	private final int activities = Integer.getInteger("benchmark.activities", 50_000);

	private final int results = Integer.getInteger("benchmark.results", 200_000);

	private final int users = Integer.getInteger("benchmark.users", 32);

	private final Duration warmup = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 60));

	private final Duration measure = Duration.ofSeconds(Integer.getInteger("benchmark.measure", 40));

	/**
	 * How long a person reads a page before the next click, on average (uniform between half and one and a half
	 * times it). 0 makes every user click again the moment a page arrives: the portal's saturation, where latency
	 * is the users' queue (users x service time / cores) rather than what one person waits.
	 */
	private final Duration think = Duration.ofMillis(Integer.getInteger("benchmark.thinkMs", 1000));

	/**
	 * What the virtual users request, in turn: the pages of the side-by-side comparison, the static file, the
	 * reference application's owners list when one is given, and staff's notes. A page that lands later belongs here.
	 */
	private List<Target> targets(Ids ids) {
		List<Target> targets = new ArrayList<>(List.of(new Target(LIST, user -> FILTERED_LIST),
				new Target(DETAIL, user -> "/activities/" + user.visibleActivity(ids)),
				new Target(PROVINCE, user -> "/provinces/" + user.visibleProvince(ids)),
				new Target(MY_PROVINCE, user -> user.isProvinceOfficer() ? "/my-province" : null),
				new Target(DASHBOARD, user -> "/dashboard"), new Target(HOME, user -> "/"),
				new Target(STATIC, user -> "/css/portal.css")));
		if (this.petclinic != null) {
			targets.add(new Target(PETCLINIC, user -> this.petclinic + PETCLINIC_OWNERS));
		}
		targets.add(new Target(PROGRESS_NOTE, user -> user.ownActivity() == null || !this.writes.due() ? null
				: "/activities/" + user.ownActivity() + "/progress"));
		return targets;
	}

	private static final String FILTERED_LIST = "/activities?q=hoi+cho&year=2024";

	/** The same list through the read API: the same filter, as many activities as the page shows. */
	private static final String API_LIST = "/api/v1/activities?q=hoi+cho&year=2024&limit=" + ActivityFilter.PAGE_SIZE;

	private static final String API = "read API list, same filter and readers";

	private static final String LIST = "activity list, filtered";

	private static final String DETAIL = "activity detail";

	private static final String PROVINCE = "province page (merged unit)";

	private static final String MY_PROVINCE = "/my-province (province officer)";

	private static final String DASHBOARD = "dashboard";

	private static final String HOME = "home";

	/**
	 * What every page costs before its own content: the session, security, the account check, the layout (menus,
	 * bell, work-loop badge) around a form of two fields. No page can be faster than this one.
	 */
	private static final String LAYOUT = "floor: the layout around the password form";

	private static final String LAYOUT_PAGE = "/account/password";

	private static final String PETCLINIC = "petclinic owners list (reference)";

	private static final String PETCLINIC_OWNERS = "/owners?lastName=";

	/** What a browser asks for when it opens a page (scenario (a)'s clients, the portal's and the reference's). */
	private static final String ACCEPT_PAGES = "Accept: text/html,*/*";

	private static final String RENDERING_BOUND = "%s: the same HTML without its work (" + RenderingBound.PATH + "…)";

	/**
	 * Scenario (a) also measures, for each page rendered per request, its last answer served again as a template
	 * without expressions ({@link RenderingBound}): {@code benchmark.renderingBound} (true).
	 */
	private final boolean measureRenderingBound = Boolean
		.parseBoolean(System.getProperty("benchmark.renderingBound", "true"));

	private final RenderingBound renderingBound = new RenderingBound(Path.of("target", "benchmark", "rendering-bound"));

	private static final String PETCLINIC_AGAIN = "petclinic owners list, measured again after the pages";

	/**
	 * The reference application (spring-petclinic, e.g. {@code -Dbenchmark.petclinic=http://localhost:8202}),
	 * measured in the same run on the same machine: each page's throughput is printed as a ratio to its owners list.
	 */
	private final String petclinic = System.getProperty("benchmark.petclinic");

	/**
	 * Which scenarios run: {@code saturation} (a: a few clients on one page at a time, no think time, like wrk) and
	 * {@code think} (b: every user, think time, notes); both by default.
	 */
	private final List<String> scenarios = List.of(System.getProperty("benchmark.scenarios", "saturation,think,approval").split(","));

	/** Scenario (d): how many times each export is downloaded. */
	private final int exportRounds = Integer.getInteger("benchmark.exportRounds", 2);

	/** Whether any scenario requests pages (all but the export): they need the yearly results and the warm-up. */
	private boolean pageScenarios() {
		return this.scenarios.stream().anyMatch(scenario -> !scenario.equals("export"));
	}

	/** Scenario (c): how many times the coordinator approves {@link BulkApproval#BATCH} results in one request. */
	private final int approvalRounds = Integer.getInteger("benchmark.approvalRounds", 5);

	/** Scenario (c): rounds run first and printed apart, while the JIT compiler has not yet seen the code. */
	private final int approvalWarmups = Integer.getInteger("benchmark.approvalWarmups", 3);

	/** Scenario (a): clients per page (8, as the wrk runs), seconds measured per page after a warm-up. */
	private final int saturationClients = Integer.getInteger("benchmark.saturationClients", 8);

	private final Duration pageMeasure = Duration.ofSeconds(Integer.getInteger("benchmark.pageSeconds", 10));

	/**
	 * As long as the reference's: with 3 s the JIT compiler was still compiling a page's code through its measurement
	 * (a JFR recording of session 10: about one second of compilation per second measured, classes still loading),
	 * while petclinic had had 20 s (README at 335a456, "Session 11": the pages' ratios to petclinic rose by about
	 * half).
	 */
	private final Duration pageWarmup = Duration.ofSeconds(Integer.getInteger("benchmark.pageWarmupSeconds", 20));

	/**
	 * The reference's warm-up before its first measurement (60 s): it is started fresh, while the portal's shared code
	 * (filters, layout, template engine) warms up through every page before the one measured. With 20 s petclinic
	 * served 351 req/s before the pages and 611 after them in one run (28/11 13:21), so that the mean flattered the
	 * portal.
	 */
	private final Duration referenceWarmup = Duration
		.ofSeconds(Integer.getInteger("benchmark.referenceWarmupSeconds", 60));

	/**
	 * Writes among the reads, so that the pages kept in memory are measured as they are used: every note changes
	 * the activities and so the data version. Staff write, all of them together at most once per
	 * {@code benchmark.writeEverySeconds} (10; 0 for none): about 360 notes an hour, many times what Hanoi's
	 * departments record at their busiest.
	 */
	private final WriteRate writes = new WriteRate(Duration.ofSeconds(Integer.getInteger("benchmark.writeEverySeconds", 10)));

	private static final String PROGRESS_NOTE = "progress note (staff, POST)";

	private static final String STATIC = "static asset (portal.css)";

	/** The pause between the warm-up and the measurement. */
	private static final Duration SETTLE = Duration.ofSeconds(5);

	@Test
	void portalUnderLoad() throws Exception {
		Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(),
				"benchmark-postgres-");
		ConfigurableApplicationContext portal = null;
		try {
			EmbeddedPostgres postgres = EmbeddedPostgresServer.startOrGet(directory, freePort());
			SpringApplication application = new SpringApplication(CooperationPortalApplication.class);
			application.addInitializers(this.renderingBound.initializer());
			portal = application.run(
					"--spring.datasource.url=" + EmbeddedPostgresServer.jdbcUrl(postgres),
					"--spring.datasource.username=postgres",
					"--spring.datasource.password=" + EmbeddedPostgresServer.password(postgres),
					"--spring.main.banner-mode=off", "--server.port=0", "--management.server.port=0",
					"--logging.level.root=WARN", "--logging.level.org.hibernate.SQL_SLOW=INFO",
					"--spring.jpa.properties.hibernate.log_slow_query=" + Integer.getInteger("benchmark.slowQueryMs", 0),
					// Loading the data set may take single statements longer than a request's may (20 s, 30 s silent).
					"--spring.datasource.hikari.data-source-properties.options=-c statement_timeout=0",
					"--spring.datasource.hikari.data-source-properties.socketTimeout=0",
					// Scenario (a) calls the API back to back: the limit's statement still runs on every call, no
					// call is refused.
					"--portal.api.calls-per-minute=" + Integer.MAX_VALUE);
			JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
			long loadStart = System.nanoTime();
			BenchmarkData.load(jdbc, this.activities);
			if (pageScenarios()) {
				BenchmarkData.results(jdbc, this.results);
			}
			int staff = this.users / 4;
			int provinceOfficers = this.users / 8;
			BenchmarkData.accounts(jdbc, portal.getBean(PasswordEncoder.class).encode(PASSWORD),
					this.users - staff - provinceOfficers, staff, provinceOfficers);
			System.out.printf("%nLoaded %,d activities (%,d partner links, %,d progress notes) and %,d yearly results"
					+ " in %.1f s%n", jdbc.queryForObject("select count(*) from activities", Long.class),
					jdbc.queryForObject("select count(*) from activity_partner_provinces", Long.class),
					jdbc.queryForObject("select count(*) from activity_progress_updates", Long.class),
					jdbc.queryForObject("select count(*) from yearly_results", Long.class), (System.nanoTime() - loadStart) / 1e9);
			String base = "http://127.0.0.1:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
			run(base, jdbc, portal.getBean(PasswordEncoder.class).encode(PASSWORD));
		}
		finally {
			if (portal != null) {
				portal.close();
			}
			EmbeddedPostgresServer.stop(directory);
			if (Boolean.getBoolean("benchmark.keepData")) {
				// To study the plans afterwards: pg_ctl -D <directory> start, then
				// PGPASSFILE=<directory>/portal.pgpass psql -h localhost -p <port> -U postgres postgres.
				System.out.println("Data set kept in " + directory);
				return;
			}
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

	private void run(String base, JdbcTemplate jdbc, String passwordHash) throws Exception {
		Ids ids = Ids.of(jdbc);
		List<Target> targets = targets(ids);
		List<VirtualUser> virtualUsers = login(base, jdbc, "bench.%", targets.size());
		System.out.printf("%d virtual users logged in; %d s warm-up; scenarios %s; merged unit's page /provinces/%d%n",
				virtualUsers.size(), pageScenarios() ? this.warmup.toSeconds() : 0, this.scenarios, ids.mergedUnit());
		StringBuilder report = new StringBuilder();
		if (this.scenarios.contains("export")) {
			// First, before the pages fill the caches: the heap it shows is the exports' and the idle portal's.
			VirtualUser leader = virtualUsers.stream().filter(user -> user.username.startsWith("bench.leader.")).findFirst().orElseThrow();
			report.append(ExportRun.run(leader, this.exportRounds, ids.activities()));
		}
		if (!pageScenarios()) {
			finish(report);
			return;
		}
		// The warm-up: every page back to back, so that the JIT compiler has seen thousands of them; by as many users
		// as scenario (a) has clients, of every role, so that no request waits longer than a page's time-out.
		List<VirtualUser> warming = new ArrayList<>();
		for (int i = 0; i < virtualUsers.size() && warming.size() < this.saturationClients; i += Math.max(1,
				virtualUsers.size() / this.saturationClients)) {
			warming.add(virtualUsers.get(i));
		}
		drive(warming, targets, this.warmup, Duration.ZERO);
		if (this.scenarios.contains("saturation")) {
			BenchmarkData.officersOf(jdbc, passwordHash, SATURATION_PROVINCE, this.saturationClients);
			List<VirtualUser> officers = login(base, jdbc, "solo.%", targets.size());
			report.append(saturation(virtualUsers, officers, ids, jdbc));
		}
		StringBuilder approvals = new StringBuilder();
		Thread approving = this.scenarios.contains("approval") ? new Thread(() -> {
			try {
				// Under load when (b) runs: its users are past their first pages by then.
				Thread.sleep(SETTLE.toMillis() * (this.scenarios.contains("think") ? 2 : 0));
				approvals.append(BulkApproval.run(base, jdbc, passwordHash, this.approvalWarmups, this.approvalRounds));
			}
			catch (Exception ex) {
				approvals.append(String.format("%nBulk approval failed: %s%n", ex));
			}
		}, "bulk-approval") : null;
		if (this.scenarios.contains("think")) {
			Thread notes = progressNotes(virtualUsers);
			if (approving != null) {
				approving.start();
			}
			drive(virtualUsers, targets, Duration.ZERO, this.measure);
			notes.interrupt();
			report.append(report(targets, virtualUsers, jdbc));
		}
		else if (approving != null) {
			approving.start();
		}
		if (approving != null) {
			approving.join();
			report.append(approvals);
		}
		finish(report);
	}

	private static void finish(StringBuilder report) throws IOException {
		System.out.print(report);
		Path file = Path.of("target", "benchmark", "portal-benchmark.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		System.out.println("Written to " + file.toAbsolutePath());
	}

	/** The province officer (a unit the 2025 merger left alone). */
	private static final String SATURATION_PROVINCE = "Điện Biên";

	private List<VirtualUser> login(String base, JdbcTemplate jdbc, String pattern, int targets) throws Exception {
		List<VirtualUser> logged = new ArrayList<>();
		for (String username : jdbc.queryForList("select username from accounts where username like ? order by id",
				String.class, pattern)) {
			VirtualUser user = new VirtualUser(username, base, targets, jdbc);
			user.login();
			logged.add(user);
		}
		return logged;
	}

	/** Every user drives the pages: unmeasured for {@code warm}, then measured (with think time) for {@code measured}. */
	private void drive(List<VirtualUser> virtualUsers, List<Target> targets, Duration warm, Duration measured)
			throws Exception {
		long measureFrom = System.nanoTime() + warm.toNanos();
		long measureUntil = measureFrom + measured.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(virtualUsers.size());
		List<Future<?>> running = new ArrayList<>();
		for (VirtualUser user : virtualUsers) {
			running.add(pool.submit(() -> {
				user.drive(targets, measureFrom, measureUntil, measured.isZero() ? Duration.ZERO : this.think);
				return null;
			}));
		}
		for (Future<?> future : running) {
			future.get(warm.toSeconds() + measured.toSeconds() + 120, TimeUnit.SECONDS);
		}
		pool.shutdown();
	}

	/** A line every 10 s while the users think, so that a long run shows it is alive and how far it got. */
	private static Thread progressNotes(List<VirtualUser> users) {
		long start = System.nanoTime();
		Thread thread = new Thread(() -> {
			try {
				while (true) {
					Thread.sleep(10_000);
					long requests = users.stream().mapToLong(VirtualUser::measured).sum();
					System.out.printf("  ... %d s: %,d requests measured, %d errors%n",
							(System.nanoTime() - start) / 1_000_000_000, requests,
							users.stream().mapToLong(user -> user.errors.get()).sum());
				}
			}
			catch (InterruptedException ended) {
				Thread.currentThread().interrupt();
			}
		}, "benchmark-progress");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	/**
	 * Scenario (a): each page alone, {@code benchmark.saturationClients} clients back to back, and the reference
	 * application's owners list measured the same way just before: throughput as a ratio to it.
	 */
	private String saturation(List<VirtualUser> users, List<VirtualUser> officers, Ids ids, JdbcTemplate jdbc)
			throws Exception {
		System.out.printf("%nScenario (a): %d clients per page, no think time, %d s warm-up and %d s measured per page%n",
				this.saturationClients, this.pageWarmup.toSeconds(), this.pageMeasure.toSeconds());
		List<VirtualUser> leaders = users.stream().filter(user -> user.username.startsWith("bench.leader.")).toList();
		List<VirtualUser> clients = leaders.subList(0, Math.min(this.saturationClients, leaders.size()));
		// The portal, started for this run, warms up as long as the reference does before the first measurement: each
		// client goes through every page in turn (20 s of a page's own load alone left the list, measured first, at
		// 238 req/s where the same page served 536 once the portal had run for minutes; two wrk runs of 28/11).
		List<String> everyPage = List.of(FILTERED_LIST, "/provinces/" + ids.mergedUnit(), "/dashboard", "/", LAYOUT_PAGE);
		List<Saturation.Client> portalWarmup = new ArrayList<>();
		for (VirtualUser user : clients) {
			portalWarmup.add(new Rotation(user, everyPage, ids));
		}
		for (VirtualUser officer : officers) {
			portalWarmup.add(new Rotation(officer, List.of("/my-province"), ids));
		}
		Saturation.warm(portalWarmup, this.referenceWarmup);
		List<Saturation.Result> results = new ArrayList<>();
		Saturation.Result reference = null;
		List<Saturation.Client> petclinicClients = new ArrayList<>();
		if (this.petclinic != null) {
			for (int i = 0; i < this.saturationClients; i++) {
				KeepAliveClient anonymous = new KeepAliveClient(this.petclinic, ACCEPT_PAGES);
				petclinicClients.add(() -> anonymous.get(PETCLINIC_OWNERS));
			}
			reference = Saturation.measure(PETCLINIC + " " + PETCLINIC_OWNERS, petclinicClients, this.referenceWarmup,
					this.pageMeasure);
		}
		// Each page that renders per request, with who asks for it, kept for its rendering bound below.
		Map<String, List<VirtualUser>> rendered = new LinkedHashMap<>();
		Saturation.Result page = kept(rendered, "list", clients, Saturation.measure(LIST + " " + FILTERED_LIST,
				clientsFor(clients, user -> FILTERED_LIST), this.pageWarmup, this.pageMeasure));
		results.add(page);
		// Each reader with a token of their own, as another system would call: no session cookie, its own connection.
		TestApiTokens tokens = new TestApiTokens(jdbc);
		Saturation.Result api = Saturation.measure(API + " " + API_LIST,
				clients.stream().map(user -> user.apiClient(tokens, API_LIST)).toList(), this.pageWarmup,
				this.pageMeasure);
		results.add(api);
		results.add(kept(rendered, "activity", clients, Saturation.measure(DETAIL + " /activities/{id}",
				clientsFor(clients, user -> "/activities/" + user.visibleActivity(ids)), this.pageWarmup, this.pageMeasure)));
		results.add(kept(rendered, "province", clients, Saturation.measure(PROVINCE + " /provinces/" + ids.mergedUnit(),
				clientsFor(clients, user -> "/provinces/" + ids.mergedUnit()), this.pageWarmup, this.pageMeasure)));
		results.add(kept(rendered, "my-province", officers, Saturation.measure(MY_PROVINCE + ", " + SATURATION_PROVINCE,
				clientsFor(officers, user -> "/my-province"), this.pageWarmup, this.pageMeasure)));
		results.add(kept(rendered, "dashboard", clients, Saturation.measure(DASHBOARD + " /dashboard",
				clientsFor(clients, user -> "/dashboard"), this.pageWarmup, this.pageMeasure)));
		results.add(kept(rendered, "home", clients,
				Saturation.measure(HOME + " /", clientsFor(clients, user -> "/"), this.pageWarmup, this.pageMeasure)));
		results.add(Saturation.measure(STATIC + " with the session cookie", clientsFor(clients, user -> "/css/portal.css"),
				this.pageWarmup, this.pageMeasure));
		results.add(Saturation.measure(LAYOUT + " " + LAYOUT_PAGE, clientsFor(clients, user -> LAYOUT_PAGE),
				this.pageWarmup, this.pageMeasure));
		if (this.measureRenderingBound) {
			for (Map.Entry<String, List<VirtualUser>> bound : rendered.entrySet()) {
				results.add(Saturation.measure(RENDERING_BOUND.formatted(bound.getKey()),
						clientsFor(bound.getValue(), user -> RenderingBound.PATH + bound.getKey()), this.pageWarmup,
						this.pageMeasure));
			}
		}
		// The machine's speed drifts within minutes (README at 335a456, "Session 9"): the reference is measured again
		// after the pages, and each ratio is taken to the mean of its two measurements.
		double referencePerSecond = Double.NaN;
		if (reference != null) {
			Saturation.Result again = Saturation.measure(PETCLINIC_AGAIN + " " + PETCLINIC_OWNERS, petclinicClients,
					this.pageWarmup, this.pageMeasure);
			results.add(again);
			referencePerSecond = (reference.perSecond() + again.perSecond()) / 2;
			System.out.printf("Reference: %.0f req/s before the pages, %.0f after; ratios to the mean, %.0f%n",
					reference.perSecond(), again.perSecond(), referencePerSecond);
		}
		StringBuilder table = new StringBuilder("""

				Scenario (a): %d clients per page, no think time (saturation), %d s measured per page; %d cores, Java %s
				| page | req/s | p50 ms | p95 ms | p99 ms | req/s × petclinic's owners list (mean of before and after) | KB | HTML elements |
				|---|---:|---:|---:|---:|---:|---:|---:|
				""".formatted(this.saturationClients, this.pageMeasure.toSeconds(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
		if (reference != null) {
			results.add(0, reference);
		}
		long errors = 0;
		for (Saturation.Result result : results) {
			table.append("| %s | %.0f | %.1f | %.1f | %.1f | %s | %.1f | %d |%n".formatted(result.page(),
					result.perSecond(), result.p(50), result.p(95), result.p(99),
					reference == null ? "" : "%.2f×".formatted(result.perSecond() / referencePerSecond),
					result.size().bytes() / 1024.0, result.size().elements()));
			errors += result.errors();
		}
		table.append("%nRead API list ÷ HTML list (%s, %d rows, the same %d readers): %.0f ÷ %.0f req/s = %.2f×%n"
			.formatted(FILTERED_LIST, ActivityFilter.PAGE_SIZE, clients.size(), api.perSecond(), page.perSecond(),
					api.perSecond() / page.perSecond()));
		assertThat(errors).as("requests that did not answer 200 in scenario (a)").isZero();
		return table.toString();
	}

	/** Keeps the last answer of a page as {@code name} for its rendering bound, asked for by {@code users}. */
	private Saturation.Result kept(Map<String, List<VirtualUser>> rendered, String name, List<VirtualUser> users,
			Saturation.Result result) {
		this.renderingBound.keep(name, result.lastAnswer());
		rendered.put(name, users);
		return result;
	}

	/** A user who opens these pages in turn, an activity between two of them (the portal's warm-up). */
	private static final class Rotation implements Saturation.Client {

		private final VirtualUser user;

		private final List<String> pages;

		private final Ids ids;

		private int next;

		Rotation(VirtualUser user, List<String> pages, Ids ids) {
			this.user = user;
			this.pages = pages;
			this.ids = ids;
		}

		@Override
		public Saturation.Answer get() throws Exception {
			int turn = this.next++;
			return this.user.page(turn % 2 == 1 ? "/activities/" + this.user.visibleActivity(this.ids)
					: this.pages.get(turn / 2 % this.pages.size()));
		}

	}

	private static List<Saturation.Client> clientsFor(List<VirtualUser> users, Function<VirtualUser, String> path) {
		return users.stream().<Saturation.Client>map(user -> () -> user.page(path.apply(user))).toList();
	}

	private String report(List<Target> targets, List<VirtualUser> virtualUsers, JdbcTemplate jdbc) {
		Map<String, long[]> latencies = new LinkedHashMap<>();
		long errors = 0;
		for (int t = 0; t < targets.size(); t++) {
			int index = t;
			latencies.put(targets.get(t).name(), virtualUsers.stream()
				.flatMapToLong(user -> user.latencies(index).stream().mapToLong(Long::longValue))
				.sorted()
				.toArray());
		}
		for (VirtualUser user : virtualUsers) {
			errors += user.errors.get();
		}
		double seconds = this.measure.toNanos() / 1e9;
		double staticP95 = percentile(latencies.get(STATIC), 95);
		double referenceP95 = latencies.containsKey(PETCLINIC) ? percentile(latencies.get(PETCLINIC), 95) : Double.NaN;
		StringBuilder table = new StringBuilder();
		table.append("| page | requests | req/s | p50 ms | p95 ms | p99 ms | p95 × static | p95 × petclinic's owners list |\n");
		table.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Map.Entry<String, long[]> entry : latencies.entrySet()) {
			long[] sample = entry.getValue();
			if (sample.length == 0) {
				continue; // e.g. no writes asked for
			}
			table.append("| %s | %,d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f |%n".formatted(entry.getKey(),
					sample.length, sample.length / seconds, percentile(sample, 50), percentile(sample, 95),
					percentile(sample, 99), percentile(sample, 95) / staticP95, percentile(sample, 95) / referenceP95));
		}
		long total = latencies.values().stream().mapToLong(sample -> sample.length).sum();
		String summary = """

				Scenario (b), portal benchmark: %,d activities, %,d yearly results, %d concurrent users (think time %d ms on average), \
				%s, %d s measured after %d s warm-up, \
				%d cores, Java %s, PostgreSQL %s
				%s
				all pages: %,d requests, %.0f req/s, %d errors

				""".formatted(this.activities, jdbc.queryForObject("select count(*) from yearly_results", Long.class),
				virtualUsers.size(), this.think.toMillis(),
				this.writes.intervalNanos == 0 ? "no writes" : "a write every " + this.writes.intervalNanos / 1_000_000_000 + " s",
				this.measure.toSeconds(), this.warmup.toSeconds(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				jdbc.queryForObject("show server_version", String.class), table, total, total / seconds, errors);
		assertThat(errors).as("requests that did not answer 200 (a benchmark of errors measures nothing)").isZero();
		return summary;
	}

	static double percentile(long[] sortedNanos, double percent) {
		if (sortedNanos.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percent / 100 * sortedNanos.length) - 1;
		return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static int random(int bound) {
		return ThreadLocalRandom.current().nextInt(bound);
	}

	private static <T> T pick(List<T> values) {
		return values.get(random(values.size()));
	}

	/** Lets one write through per interval, whoever asks. */
	static final class WriteRate {

		private final long intervalNanos;

		private final AtomicLong next = new AtomicLong(System.nanoTime());

		WriteRate(Duration interval) {
			this.intervalNanos = interval.toNanos();
		}

		boolean due() {
			long now = System.nanoTime();
			long due = this.next.get();
			return this.intervalNanos > 0 && now >= due && this.next.compareAndSet(due, now + this.intervalNanos);
		}

	}

	/** A page; a path of null means that this user does not request it now (staff write, when a write is due). */
	record Target(String name, Function<VirtualUser, String> path) {
	}

	/** Ids the virtual users choose from: any activity for most, the shared ones of their province for officers. */
	record Ids(long firstActivity, long lastActivity, long activities, long mergedUnit) {

		static Ids of(JdbcTemplate jdbc) {
			return new Ids(jdbc.queryForObject("select min(id) from activities", Long.class),
					jdbc.queryForObject("select max(id) from activities", Long.class),
					jdbc.queryForObject("select count(*) from activities", Long.class),
					// A unit of 2025 formed from the most predecessors: the province page with the most to show.
					jdbc.queryForObject("""
							select successor_id from provinces where successor_id is not null
							 group by successor_id order by count(*) desc, successor_id limit 1""", Long.class));
		}

	}

	/** One person: a browser-like client with its own session cookie, requesting one page after another. */
	static final class VirtualUser {

		private final String username;

		private final String base;

		private final JdbcTemplate jdbc;

		private final HttpClient http;

		private final CookieManager cookies = new CookieManager();

		/** Scenario (a)'s connection, opened at the first page. */
		private KeepAliveClient pages;

		private final List<List<Long>> latencies = new ArrayList<>();

		private final List<Long> ownActivities;

		private final Long ownProvince;

		private final List<Long> departmentActivities;

		private String csrfToken;

		final AtomicLong errors = new AtomicLong();

		VirtualUser(String username, String base, int targets, JdbcTemplate jdbc) {
			this.username = username;
			this.base = base;
			this.jdbc = jdbc;
			this.http = HttpClient.newBuilder()
				.cookieHandler(this.cookies)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.version(HttpClient.Version.HTTP_1_1)
				.build();
			for (int i = 0; i < targets; i++) {
				this.latencies.add(new ArrayList<>());
			}
			// A province officer may open only what is shared with their province (or the units it was formed from).
			boolean officer = username.startsWith("bench.province.") || username.startsWith("solo.");
			this.ownProvince = officer
					? jdbc.queryForObject("select province_id from accounts where username = ?", Long.class, username)
					: null;
			this.ownActivities = officer ? jdbc.queryForList("""
					select distinct a.id from accounts u
					  join provinces own on own.id = u.province_id
					  join provinces pr on pr.id = own.id or pr.successor_id = own.id
					  join activity_partner_provinces ap on ap.province_id = pr.id
					  join activities a on a.id = ap.activity_id and a.shared_with_provinces
					 where u.username = ? limit 2000""", Long.class, username) : List.of();
			this.departmentActivities = username.startsWith("bench.staff.") ? jdbc.queryForList("""
					select a.id from accounts u join activities a on a.lead_department_id = u.department_id
					 where u.username = ? order by a.id desc limit 200""", Long.class, username) : List.of();
		}

		/** An activity of the staff member's department, which they may add a progress note to. */
		Long ownActivity() {
			return this.departmentActivities.isEmpty() ? null : pick(this.departmentActivities);
		}

		/** A province officer opens their own unit's page (any other answers 404); Hanoi's users a merged unit's. */
		long visibleProvince(Ids ids) {
			return this.ownProvince != null ? this.ownProvince : ids.mergedUnit();
		}

		boolean isProvinceOfficer() {
			return this.ownProvince != null;
		}

		long measured() {
			return this.latencies.stream().mapToLong(List::size).sum();
		}

		/**
		 * One page requested for scenario (a), on this user's own kept-alive connection with the session cookie the
		 * login received.
		 */
		Saturation.Answer page(String path) throws Exception {
			if (this.pages == null) {
				HttpCookie session = this.cookies.getCookieStore()
					.getCookies()
					.stream()
					.filter(cookie -> cookie.getName().equals("SESSION"))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException(this.username + " is not logged in"));
				this.pages = new KeepAliveClient(this.base, ACCEPT_PAGES, "Cookie: SESSION=" + session.getValue());
			}
			return this.pages.get(path);
		}

		/**
		 * A file downloaded to {@code file} (never held in memory); {@code firstByte} runs when the status and the
		 * headers have arrived, before the body.
		 */
		HttpResponse<Path> download(String path, Path file, Runnable firstByte) throws Exception {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofMinutes(10)).build(),
					info -> {
						firstByte.run();
						return HttpResponse.BodyHandlers.ofFile(file).apply(info);
					});
		}

		/**
		 * Another system calling the read API with a personal access token of this user's (made here, valid a day):
		 * one request's status per call, without the browser's session cookie, on a connection of its own.
		 */
		Saturation.Client apiClient(TestApiTokens tokens, String path) {
			Long accountId = this.jdbc.queryForObject("select id from accounts where username = ?", Long.class,
					this.username);
			KeepAliveClient client = new KeepAliveClient(this.base, "Accept: application/json",
					"Authorization: Bearer " + tokens.create(accountId));
			return () -> client.get(path);
		}

		long visibleActivity(Ids ids) {
			if (!this.ownActivities.isEmpty()) {
				return pick(this.ownActivities);
			}
			return ids.firstActivity() + ThreadLocalRandom.current().nextLong(ids.lastActivity() - ids.firstActivity() + 1);
		}

		List<Long> latencies(int target) {
			return this.latencies.get(target);
		}

		void login() throws Exception {
			HttpResponse<String> form = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			String token = csrfTokenOf(form.body());
			HttpResponse<Void> login = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + this.username + "&password=" + PASSWORD
						+ "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(login.headers().firstValue("Location")).as("login of %s", this.username)
				.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
			// The session's token, for the forms (the log-out form of any page carries it).
			this.csrfToken = csrfTokenOf(this.http
				.send(HttpRequest.newBuilder(URI.create(this.base + "/")).build(), HttpResponse.BodyHandlers.ofString())
				.body());
		}

		/** A form posted with the session's token, as a browser would: its status. */
		int post(String path, String form) throws Exception {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(
						form + "&_csrf=" + URLEncoder.encode(this.csrfToken, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}

		private static String csrfTokenOf(String html) {
			return html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		}

		/**
		 * The warm-up requests pages back to back, so that the JIT compiler has seen thousands of them before the
		 * measurement, as on a server that has run for days; then a pause, so that the measured part starts with no
		 * queue, each user at another moment.
		 */
		void drive(List<Target> targets, long measureFrom, long measureUntil, Duration think) throws Exception {
			// Each user starts at another page so that the mix is even at every moment.
			int next = Math.floorMod(this.username.hashCode(), targets.size());
			long warmUntil = measureFrom - SETTLE.toNanos();
			while (System.nanoTime() < warmUntil) {
				String path = targets.get(next).path().apply(this);
				if (path != null) {
					try {
						request(targets.get(next), path);
					}
					catch (java.io.IOException slow) {
						// A time-out while everything compiles on a busy machine: the warm-up goes on.
					}
				}
				next = (next + 1) % targets.size();
			}
			sleepNanos(measureFrom - System.nanoTime() + ThreadLocalRandom.current().nextLong(think.toNanos() + 1));
			while (System.nanoTime() < measureUntil) {
				Target target = targets.get(next);
				String path = target.path().apply(this);
				if (path == null) {
					next = (next + 1) % targets.size();
					continue;
				}
				long start = System.nanoTime();
				HttpResponse<byte[]> response = request(target, path);
				this.latencies.get(next).add(System.nanoTime() - start);
				// A note posted answers with a redirect to the activity (post/redirect/get), a page with 200.
				if (response.statusCode() != (target.name().equals(PROGRESS_NOTE) ? 302 : 200)) {
					this.errors.incrementAndGet();
					System.out.printf("%s: %s answered %d%n", this.username, response.uri(), response.statusCode());
				}
				next = (next + 1) % targets.size();
				if (!think.isZero()) {
					Thread.sleep(think.toMillis() / 2 + ThreadLocalRandom.current().nextLong(think.toMillis() + 1));
				}
			}
		}

		private HttpResponse<byte[]> request(Target target, String path) throws Exception {
			// The reference application's page comes with its own address.
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : this.base + path))
				.header("Accept", "text/html,*/*")
				.timeout(Duration.ofSeconds(30));
			if (target.name().equals(PROGRESS_NOTE)) {
				request.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("notedOn=" + java.time.LocalDate.now() + "&note="
							+ URLEncoder.encode("Ghi nhận tiến độ (đo tải)", StandardCharsets.UTF_8) + "&_csrf="
							+ URLEncoder.encode(this.csrfToken, StandardCharsets.UTF_8)));
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}

		private static void sleepNanos(long nanos) throws InterruptedException {
			if (nanos > 0) {
				TimeUnit.NANOSECONDS.sleep(nanos);
			}
		}

	}

}
