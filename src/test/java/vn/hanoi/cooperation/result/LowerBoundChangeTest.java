package vn.hanoi.cooperation.result;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year view's "Tăng, giảm" next to a figure shown "trên": last year's "trên 310.000" against this year's
 * 335.000 is a rise of at most 25.000, perhaps none, so it is neither "+25.000" nor green.
 */
@PortalTest
class LowerBoundChangeTest {

	private static final String GOODS = "TM.SAN_LUONG_KET_NOI";

	private static final String GOODS_NAME = "Sản lượng hàng hóa được kết nối tiêu thụ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestResults results;

	@BeforeEach
	void claimYears() {
		this.results = new TestResults(this.jdbc).year(2024).year(2025);
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	@Test
	void aRiseFromALowerBoundIsAtMostTheDifferenceAndNotColoured() {
		this.results.lowerBound(this.results.create(GOODS, 2024, "SCT", null, null, "310000", ResultStatus.APPROVED));
		this.results.create(GOODS, 2025, "SCT", null, null, "335000", ResultStatus.APPROVED);

		String row = ResultScenarioTest.row(page("/results/years/2025"), GOODS_NAME);
		assertThat(row).contains("trên </span><span>310.000<", ">tăng tối đa 25.000<", ">(tối đa 8,1%)<")
			.doesNotContain("+25.000", "text-success", "text-danger");
		assertThat(ResultScenarioTest.row(page("/results/years/2025?lang=en"), "Goods connected to buyers"))
			.contains(">up by at most 25.000<", ">(at most 8,1%)<");
	}

	@Test
	void aFallFromALowerBoundIsAFallOfAtLeastTheDifference() {
		this.results.lowerBound(this.results.create(GOODS, 2024, "SCT", null, null, "310000", ResultStatus.APPROVED));
		this.results.create(GOODS, 2025, "SCT", null, null, "300000", ResultStatus.APPROVED);

		String row = ResultScenarioTest.row(page("/results/years/2025"), GOODS_NAME);
		assertThat(row).contains(">giảm trên 10.000<", ">(trên 3,2%)<", "text-danger").doesNotContain("−10.000");
	}

	@Test
	void aRiseToALowerBoundIsAtLeastTheDifferenceAndCertain() {
		this.results.create(GOODS, 2024, "SCT", null, null, "310000", ResultStatus.APPROVED);
		this.results.lowerBound(this.results.create(GOODS, 2025, "SCT", null, null, "335000", ResultStatus.APPROVED));

		String row = ResultScenarioTest.row(page("/results/years/2025"), GOODS_NAME);
		assertThat(row).contains(">tăng trên 25.000<", ">(trên 8%)<", "text-success");
	}

	@Test
	void aChangeBetweenTwoLowerBoundsIsUnknownAndSaysWhy() {
		this.results.lowerBound(this.results.create(GOODS, 2024, "SCT", null, null, "310000", ResultStatus.APPROVED));
		this.results.lowerBound(this.results.create(GOODS, 2025, "SCT", null, null, "335000", ResultStatus.APPROVED));

		String row = ResultScenarioTest.row(page("/results/years/2025"), GOODS_NAME);
		assertThat(row).contains(">—<", "không tính được mức tăng, giảm").doesNotContain("25.000");
	}

	private String page(String uri) {
		return HtmlUtils.htmlUnescape(new String(this.mvc.get().uri(uri).with(this.accounts.as(Role.LEADER)).exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
