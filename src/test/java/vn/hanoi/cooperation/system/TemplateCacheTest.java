package vn.hanoi.cooperation.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page's expressions stay parsed: with Thymeleaf's default of 500 the pages evicted each other's, and each
 * request parsed and compiled them again.
 */
@PortalTest
class TemplateCacheTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SpringTemplateEngine templateEngine;

	@Test
	void theExpressionsOfEveryPageStayCached() {
		renderEveryPage();
		int cached = this.templateEngine.getCacheManager().getExpressionCache().keySet().size();
		assertThat(cached).as("more expressions than Thymeleaf's default cache holds").isGreaterThan(500);
		renderEveryPage();
		assertThat(this.templateEngine.getCacheManager().getExpressionCache().keySet().size())
			.as("a second round over the same pages parses nothing again")
			.isEqualTo(cached);
	}

	private void renderEveryPage() {
		for (Arguments page : PagesRenderTest.pages()) {
			Object[] arguments = page.get();
			assertThat(this.mvc.get()
				.uri((String) arguments[1])
				.param("lang", (String) arguments[2])
				.with(this.accounts.as((Role) arguments[0]))).hasStatusOk();
		}
	}

}
