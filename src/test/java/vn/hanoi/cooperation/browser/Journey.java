package vn.hanoi.cooperation.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import org.springframework.context.MessageSource;

import vn.hanoi.cooperation.TestAccounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's visit to the portal in a fresh browser profile: the steps every journey shares (log in, switch
 * language, log out), a full-page screenshot per step under {@code target/browser-screenshots/<journey>/}, and
 * the axe-core check of the page in view.
 */
final class Journey implements AutoCloseable {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	// What a person cannot get past: a serious or critical barrier. Minor and moderate ones are reported only.
	private static final List<String> BLOCKING = List.of("serious", "critical");

	private final BrowserContext context;

	private final Page page;

	private final String base;

	private final Path screenshots;

	private final MessageSource messages;

	private Locale locale = VIETNAMESE;

	private int step;

	Journey(PortalBrowser browser, int port, String name, MessageSource messages) {
		this(browser.newContext(), port, name, messages);
	}

	Journey(BrowserContext context, int port, String name, MessageSource messages) {
		this.context = context;
		this.page = this.context.newPage();
		this.base = "http://localhost:" + port;
		this.screenshots = SCREENSHOTS.resolve(name);
		this.messages = messages;
		clear(this.screenshots);
	}

	Page page() {
		return this.page;
	}

	/** The text of a message key in the journey's current language, as the page shows it. */
	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	/** Opens a page of the portal and expects it to answer 200. */
	Journey open(String path) {
		Response response = this.page.navigate(this.base + path);
		assertThat(response.status()).as("GET %s", path).isEqualTo(200);
		return this;
	}

	String path() {
		return this.page.url().substring(this.base.length());
	}

	/** A full-page screenshot of the page in view, numbered in the order of the journey. */
	Path shoot(String what) {
		this.step++;
		Path file = this.screenshots.resolve("%02d-%s.png".formatted(this.step, what));
		this.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	void login(String username) {
		open("/login");
		this.page.getByLabel(text("login.username")).fill(username);
		this.page.getByLabel(text("login.password")).fill(TestAccounts.PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("login.submit"))).click();
		assertThat(accountMenu()).isVisible();
	}

	/** Follows the VI or EN link in the header, and checks that the page now speaks that language. */
	void switchLanguage(Locale target) {
		this.page.locator("header a[hreflang=" + target.getLanguage() + "]").click();
		this.locale = target;
		assertThat(this.page.locator("html")).hasAttribute("lang", target.getLanguage());
		assertThat(accountMenu()).isVisible();
	}

	/** The account menu in the header (name, role, change password, log out) shows that someone is logged in. */
	com.microsoft.playwright.Locator accountMenu() {
		return this.page.locator("header .portal-user > button");
	}

	void logout() {
		accountMenu().click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("nav.logout"))).click();
		assertThat(this.page.locator(".alert[role=status]").first()).containsText(text("login.loggedOut"));
		assertThat(path()).startsWith("/login");
	}

	/** axe-core over the page in view: no serious or critical violation of WCAG 2.1 A/AA or best practice. */
	void assertAccessible() {
		String blocking = blockingViolations();
		assertThat(blocking).as("serious or critical accessibility violations on %s:%n%s", path(), blocking).isEmpty();
	}

	/** The serious or critical axe-core violations of the page in view, described; empty when there is none. */
	String blockingViolations() {
		AxeResults results = new AxeBuilder(this.page).analyze();
		assertThat(results.isErrored()).as("axe-core ran: %s", results.getErrorMessage()).isFalse();
		return describe(results.getViolations()
			.stream()
			.filter(rule -> BLOCKING.contains(rule.getImpact()))
			.toList());
	}

	/** How wide the page is laid out: wider than the window means the whole page scrolls sideways. */
	int pageWidth() {
		return ((Number) this.page.evaluate("document.documentElement.scrollWidth")).intValue();
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> "- %s (%s): %s%n    %s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(),
					rule.getNodes()
						.stream()
						.map(node -> node.getTarget() + " " + node.getFailureSummary())
						.collect(Collectors.joining("\n    "))))
			.collect(Collectors.joining("\n"));
	}

	private static void clear(Path directory) {
		try {
			if (Files.exists(directory)) {
				try (Stream<Path> files = Files.walk(directory)) {
					files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
				}
			}
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
