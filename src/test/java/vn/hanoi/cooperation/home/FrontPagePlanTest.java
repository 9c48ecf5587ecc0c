package vn.hanoi.cooperation.home;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.group.RenamedGroup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front page shows the latest plan and its groups in the reader's language, from memory until the reference data
 * changes: a group renamed by an administrator shows at the next visit.
 */
@PortalTest
class FrontPagePlanTest {

	private static final String RENAMED = "Nhóm đổi tên để kiểm tra trang chủ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FrontPagePlan plan;

	private RenamedGroup renamed;

	@AfterEach
	void restoreGroupName() {
		if (this.renamed != null) {
			this.renamed.restore();
		}
	}

	@Test
	void showsTheLatestPlanAndItsGroupsInTheReadersLanguage() {
		int latest = this.jdbc.queryForObject("select max(year) from plans", Integer.class);
		String titleVi = this.jdbc.queryForObject("select title_vi from plans where year = ?", String.class, latest);
		String titleEn = this.jdbc.queryForObject("select title_en from plans where year = ?", String.class, latest);
		String groupVi = this.jdbc.queryForObject(
				"select g.name_vi from cooperation_groups g join plan_groups pg on pg.group_id = g.id"
						+ " join plans p on p.id = pg.plan_id where p.year = ? order by g.number limit 1",
				String.class, latest);
		String groupEn = this.jdbc.queryForObject("select name_en from cooperation_groups where name_vi = ?",
				String.class, groupVi);
		assertThat(home("vi")).bodyText().contains(titleVi, groupVi).doesNotContain(titleEn);
		assertThat(home("en")).bodyText().contains(titleEn, groupEn).doesNotContain(titleVi);
	}

	@Test
	void aRepeatVisitRunsOneVersionReadForThePlanAndARenamedGroupShowsAtTheNextVisit() {
		home("vi");
		long reads = this.plan.reads();
		assertThat(SqlStatements.countDuring(() -> this.plan.latest())).as("the version read").isEqualTo(1);
		home("vi");
		assertThat(this.plan.reads()).as("served from memory").isEqualTo(reads);
		this.renamed = RenamedGroup.rename(this.jdbc, 5, RENAMED);
		assertThat(home("vi")).bodyText().contains(RENAMED);
		assertThat(this.plan.reads()).isEqualTo(reads + 1);
	}

	private MvcTestResult home(String language) {
		MvcTestResult result = this.mvc.get()
			.uri("/?lang=" + language)
			.with(this.accounts.as(Role.STAFF))
			.exchange();
		assertThat(result).hasStatusOk();
		return result;
	}

}
