package vn.hanoi.cooperation.audit;

import java.nio.charset.StandardCharsets;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.account.Viewers;

import static org.assertj.core.api.Assertions.assertThat;

/** Activities, results and agreements keep their history in one log, and each page shows its own part of it. */
@PortalTest
class ChangeLogTest {

	private static final String TITLE = "CHANGELOG Hội chợ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChangeLog changeLog;

	@Autowired
	Viewers viewers;

	@AfterEach
	void tearDown() {
		this.jdbc.update("delete from record_changes where author_name = 'CHANGELOG' or new_value like 'CHANGELOG %'");
		this.jdbc.update("delete from activities where title = ?", TITLE);
		this.jdbc.update("delete from yearly_results where narrative = ?", TITLE);
		this.jdbc.update("delete from agreements where title = ?", TITLE);
	}

	/** The landed demo migrations still write through the old names; each lands under its kind only. */
	@Test
	void theOldChangeTablesAreViewsThatKeepEachKindApart() {
		long id = 987_654_321L;
		this.jdbc.update("""
				insert into activity_changes (activity_id, action, new_value, version_after, author_name)
				values (?, 'CREATED', 'CHANGELOG hoạt động', 0, 'CHANGELOG')""", id);
		this.jdbc.update("""
				insert into yearly_result_changes (result_id, action, new_value, version_after, author_name)
				values (?, 'CREATED', 'CHANGELOG kết quả', 0, 'CHANGELOG')""", id);
		assertThat(this.jdbc.queryForList(
				"select record_kind || ' ' || new_value from record_changes where record_id = ? order by id",
				String.class, id))
			.containsExactly("ACTIVITY CHANGELOG hoạt động", "RESULT CHANGELOG kết quả");
		assertThat(this.jdbc.queryForList("select new_value from activity_changes where activity_id = ?",
				String.class, id)).containsExactly("CHANGELOG hoạt động");
		assertThat(this.jdbc.queryForList("select new_value from yearly_result_changes where result_id = ?",
				String.class, id)).containsExactly("CHANGELOG kết quả");
	}

	@ParameterizedTest
	@CsvSource({ "vi, Lịch sử thay đổi, Tạo hoạt động, Nhập kết quả, Tạo văn bản thỏa thuận",
			"en, Change history, Created the activity, Entered, Created the agreement" })
	void eachRecordsPageShowsItsOwnHistory(String lang, String title, String activityCreated, String resultCreated,
			String agreementCreated) throws Exception {
		Viewer coordinator = this.viewers.of(this.accounts.principal(Role.COORDINATOR));
		Long activity = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline)
				select p.id, g.id, d.id, ?, 'IN_PROGRESS', date '2022-12-31'
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT'
				where p.year = 2022 returning id""", Long.class, TITLE);
		Long result = this.jdbc.queryForObject("""
				insert into yearly_results (indicator_id, year, department_id, actual, narrative, status)
				values ((select id from indicators where code = 'TM.TUAN_HANG'), 2022,
				        (select id from departments where code = 'SCT'), 3, ?, 'DRAFT') returning id""", Long.class,
				TITLE);
		Long agreement = this.jdbc.queryForObject("""
				insert into agreements (kind, title, signed_on, shared_with_provinces)
				values ('COOPERATION_AGREEMENT', ?, date '2022-01-10', false) returning id""", Long.class, TITLE);
		this.changeLog.record(RecordKind.ACTIVITY, activity, RecordChange.Action.CREATED, null, null,
				"CHANGELOG activity", 0, coordinator);
		this.changeLog.record(RecordKind.RESULT, result, RecordChange.Action.CREATED, null, null,
				"CHANGELOG result", 0, coordinator);
		this.changeLog.record(RecordKind.AGREEMENT, agreement, RecordChange.Action.CREATED, null, null,
				"CHANGELOG agreement", 0, coordinator);

		assertThat(history("/activities/" + activity, lang)).contains(title, activityCreated)
			.doesNotContain(resultCreated, agreementCreated);
		assertThat(history("/results/" + result, lang)).contains(title, resultCreated)
			.doesNotContain(activityCreated, agreementCreated);
		assertThat(history("/agreements/" + agreement, lang)).contains(title, agreementCreated)
			.doesNotContain(activityCreated, resultCreated);
	}

	/** The page's history section as text (its heading on). */
	private String history(String uri, String lang) throws Exception {
		String html = HtmlUtils.htmlUnescape(this.mvc.get().uri(uri).param("lang", lang)
			.with(this.accounts.as(Role.COORDINATOR)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(html).as(uri).contains("id=\"history-title\"");
		String section = html.substring(html.indexOf("id=\"history-title\""));
		return section.substring(0, section.indexOf("</section>"));
	}

}
