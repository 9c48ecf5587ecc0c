package vn.hanoi.cooperation.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stylesheet, script and image a page links is served: the webjars' links carry no version, which their
 * resolver finds when the file is asked for (no filter rewrites the links of each page).
 */
@PortalTest
class PageAssetsTest {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js|images)/[^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void everyFileTheLoginPageAndTheActivityListLinkIsServed() {
		List<String> assets = new ArrayList<>(assetsOf(this.mvc.get().uri("/login").exchange()));
		assets.addAll(assetsOf(this.mvc.get().uri("/activities").with(this.accounts.as(Role.LEADER)).exchange()));
		assertThat(assets).contains("/webjars/bootstrap/css/bootstrap.min.css", "/css/portal.css");
		for (String asset : assets) {
			MvcTestResult file = this.mvc.get().uri(asset).exchange();
			assertThat(file).as(asset).hasStatusOk();
			assertThat(file.getResponse().getContentAsByteArray()).as(asset).isNotEmpty();
		}
	}

	private static List<String> assetsOf(MvcTestResult page) {
		assertThat(page).hasStatusOk();
		List<String> assets = new ArrayList<>();
		Matcher links = ASSET.matcher(new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		while (links.find()) {
			assets.add(links.group(1));
		}
		return assets;
	}

}
