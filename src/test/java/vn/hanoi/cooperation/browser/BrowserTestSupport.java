package vn.hanoi.cooperation.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

/**
 * What every browser test class needs: one Chromium for the class, the shared portal's random port, the test
 * accounts and the database for fixtures. Subclasses carry {@code @PortalTest} so that they share one context.
 */
abstract class BrowserTestSupport {

	static PortalBrowser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void launchBrowser() {
		browser = PortalBrowser.launch();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	/** A journey in a fresh browser profile; its screenshots go to target/browser-screenshots/{name}/. */
	Journey journey(String name) {
		return new Journey(browser, this.port, name, this.messages);
	}

	/** A journey of the test account of {@code role}, logged in. */
	Journey loggedIn(Role role, String name) {
		Journey journey = journey(name);
		journey.login(this.accounts.username(role));
		return journey;
	}

}
