package vn.hanoi.cooperation.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * Chromium driven by Playwright. Where the system has {@code /usr/bin/chromium} (these machines and CI) it is
 * used as it is and Playwright downloads no browser; an ordinary developer machine gets Playwright's own.
 */
final class PortalBrowser implements AutoCloseable {

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	// A closed network: no update checks, no sync, no GPU, and root may not use Chromium's sandbox.
	private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync");

	private final Playwright playwright;

	private final Browser browser;

	private PortalBrowser(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static PortalBrowser launch() {
		boolean systemChromium = Files.isExecutable(SYSTEM_CHROMIUM);
		Playwright.CreateOptions createOptions = new Playwright.CreateOptions();
		if (systemChromium) {
			createOptions.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
		}
		Playwright playwright = Playwright.create(createOptions);
		BrowserType.LaunchOptions launchOptions = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGUMENTS);
		if (systemChromium) {
			launchOptions.setExecutablePath(SYSTEM_CHROMIUM);
		}
		try {
			return new PortalBrowser(playwright, playwright.chromium().launch(launchOptions));
		}
		catch (RuntimeException ex) {
			playwright.close();
			throw ex;
		}
	}

	/** A fresh browser profile (no cookies) with a desktop window, so that the full menu shows. */
	BrowserContext newContext() {
		return newContext(1280, 900);
	}

	/**
	 * A fresh browser profile with a window of this size: 375 px is a phone, 1440 px a wide desktop. It asks for
	 * reduced motion, as a user may: Bootstrap then changes colours at once instead of over 0.15 s. The mouse stays
	 * where the last click left it, on a phone the next page's full-width button often lies under it, and axe
	 * measuring half-way through that hover transition read a mix of two states that both pass (contrast 1.4–2.8;
	 * Chromium 150, on every run). Waiting for running transitions was not enough: Chromium starts the hover a
	 * moment after the page has loaded.
	 */
	BrowserContext newContext(int width, int height) {
		return this.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
			.setLocale("vi-VN")
			.setTimezoneId("Asia/Ho_Chi_Minh")
			.setReducedMotion(ReducedMotion.REDUCE));
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
