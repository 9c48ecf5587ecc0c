package vn.hanoi.cooperation.browser;

import java.math.BigDecimal;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.account.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff officer of Sở Công Thương enters and submits a year's results in the grid with the keyboard alone: Tab
 * to the grid, figures typed the Vietnamese way, Enter to go down, arrows to go across, Space to tick, Enter on
 * the button.
 */
@PortalTest
class ResultGridKeyboardTest extends BrowserTestSupport {

	private static final int YEAR = 2026;

	private String goodsTotal;

	private String goodsDienBien;

	@BeforeEach
	void lastYearsRows() {
		clear();
		// Last year's total and Điện Biên row give this year's grid its shape.
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, province_id, actual, status,
				                            approved_at, approved_by_name)
				select (select id from indicators where code = 'TM.SAN_LUONG_KET_NOI'), 2025,
				       (select id from departments where code = 'SCT_2025'), p.id, a, 'APPROVED', now(), 'Điều phối'
				from (values (null::bigint, 250000), ((select id from provinces where code = '11'
				        and valid_from = date '2025-07-01'), 30000)) as p(id, a)""");
		String indicator = this.jdbc.queryForObject(
				"select id::text from indicators where code = 'TM.SAN_LUONG_KET_NOI'", String.class);
		this.goodsTotal = indicator + "-0";
		this.goodsDienBien = indicator + "-" + this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class);
	}

	@AfterEach
	void clear() {
		for (int year : new int[] { 2025, YEAR }) {
			this.jdbc.update("delete from yearly_result_changes where result_id in "
					+ "(select id from yearly_results where year = ?)", year);
			this.jdbc.update("delete from yearly_results where year = ?", year);
		}
	}

	@Test
	void aDepartmentEntersAndSubmitsItsYearWithTheKeyboardAlone() {
		try (Journey journey = loggedIn(Role.STAFF, "result-grid")) {
			Page page = journey.page();
			journey.open("/results/years/" + YEAR);
			tabTo(page, "#open-grid");
			page.keyboard().press("Enter");
			assertThat(page.locator("h1")).hasText(journey.text("grid.title", "Sở Công Thương", String.valueOf(YEAR)));
			journey.shoot("grid-opened");

			tabTo(page, "[name='target_" + this.goodsTotal + "']");
			page.keyboard().type("300.000");
			page.keyboard().press("Tab");
			assertFocused(page, "actual_" + this.goodsTotal);
			page.keyboard().type("310.000");
			// Enter goes down to the same column of the "trong đó" row, and does not send the form.
			page.keyboard().press("Enter");
			assertFocused(page, "actual_" + this.goodsDienBien);
			page.keyboard().type("45.000,5");
			// Left at the start of a figure goes to the cell on the left.
			page.keyboard().press("Home");
			page.keyboard().press("ArrowLeft");
			assertFocused(page, "target_" + this.goodsDienBien);
			page.keyboard().type("40.000");
			page.keyboard().press("ArrowUp");
			assertFocused(page, "target_" + this.goodsTotal);
			page.keyboard().press("ArrowRight");
			assertFocused(page, "actual_" + this.goodsTotal);
			page.keyboard().press("ArrowRight");
			assertFocused(page, "submit_" + this.goodsTotal);
			page.keyboard().press("Space");
			page.keyboard().press("ArrowDown");
			assertFocused(page, "submit_" + this.goodsDienBien);
			page.keyboard().press("Space");
			journey.shoot("grid-typed");
			journey.assertAccessible();

			tabTo(page, "button[value='submitSelected']");
			page.keyboard().press("Enter");
			assertThat(page.locator("div.alert-success[role=status]")).hasText(journey.text("grid.saved", 2, 2));
			journey.shoot("grid-submitted");
		}
		assertThat(this.jdbc.queryForList("select status from yearly_results where year = ?", String.class, YEAR))
			.containsExactly("SUBMITTED", "SUBMITTED");
		assertThat(this.jdbc.queryForObject("select sum(actual) from yearly_results where year = ?", BigDecimal.class,
				YEAR)).isEqualByComparingTo("355000.5");
	}

	/** Presses Tab until the element is focused, as a keyboard user would (a bounded number of times). */
	private static void tabTo(Page page, String selector) {
		for (int presses = 0; presses < 400; presses++) {
			if ((Boolean) page.locator(selector).evaluate("element => element === document.activeElement")) {
				return;
			}
			page.keyboard().press("Tab");
		}
		throw new AssertionError("Tab never reached " + selector);
	}

	private static void assertFocused(Page page, String name) {
		assertThat(page.evaluate("() => document.activeElement && document.activeElement.name")).isEqualTo(name);
	}

}
