package vn.hanoi.cooperation.system;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded demo gives every role's inbox something to show, whatever day it is loaded. */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoInboxTest {

	private static final String SCT = "(select id from departments where code in ('SCT', 'SCT_2025'))";

	private static final String DIEN_BIEN = "(select id from provinces where code = '11')";

	@Autowired
	JdbcConnectionDetails connection;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	JdbcTemplate demo;

	@BeforeAll
	void loadTheDemoRecords() {
		this.demo = DemoDatabase.load(this.jdbc, this.connection, this.flyway);
	}

	@Test
	void staffOfSoCongThuongHaveAReturnedResultADraftAndAProvincesQuestion() {
		assertThat(count("select count(*) from yearly_results where status = 'RETURNED' and department_id in " + SCT)).isPositive();
		assertThat(count("select count(*) from yearly_results where status = 'DRAFT' and department_id in " + SCT)).isPositive();
		assertThat(count("""
				select count(*) from (select distinct on (activity_id, province_id) c.from_province
				  from activity_comments c join activities a on a.id = c.activity_id
				  where a.lead_department_id in %s order by activity_id, province_id, commented_at desc, c.id desc) t
				where from_province""".formatted(SCT))).isPositive();
	}

	@Test
	void theCoordinatorHasResultsToApproveADisputeAndAnAgreementAboutToExpire() {
		assertThat(count("select count(*) from yearly_results where status = 'SUBMITTED'")).isPositive();
		assertThat(count("select count(*) from province_confirmations where status = 'DISPUTED'")).isPositive();
		assertThat(count("""
				select count(*) from agreements where terminated_on is null
				  and valid_to between current_date and current_date + 90""")).isPositive();
	}

	@Test
	void dienBienHasAResultToConfirmANewlySharedAgreementAndAnAnswer() {
		assertThat(count("""
				select count(*) from yearly_results r where r.status = 'APPROVED' and r.province_id in %s
				  and not exists (select 1 from province_confirmations c where c.result_id = r.id)""".formatted(DIEN_BIEN)))
			.isPositive();
		assertThat(count("""
				select count(*) from agreements a join agreement_provinces ap on ap.agreement_id = a.id
				where a.shared_with_provinces and a.updated_at >= now() - interval '30 days' and ap.province_id in %s"""
			.formatted(DIEN_BIEN))).isPositive();
		assertThat(count("""
				select count(*) from (select distinct on (activity_id, province_id) c.from_province, c.commented_at
				  from activity_comments c where c.province_id in %s
				  order by activity_id, province_id, commented_at desc, c.id desc) t
				where not from_province and commented_at >= now() - interval '30 days'""".formatted(DIEN_BIEN)))
			.isPositive();
	}

	@Test
	void aLeadersFirstDigestShowsARecentApprovalANewAgreementAndANewlyOverdueActivity() {
		assertThat(count("select count(*) from yearly_results where approved_at > now() - interval '30 days'")).isPositive();
		assertThat(count("select count(*) from agreements where created_at > now() - interval '30 days'")).isPositive();
		assertThat(count("""
				select count(*) from activities where status in ('PLANNED', 'IN_PROGRESS', 'SUSPENDED')
				  and deadline < current_date and deadline >= current_date - 30""")).isPositive();
	}

	private long count(String sql) {
		return this.demo.queryForObject(sql, Long.class);
	}

}
