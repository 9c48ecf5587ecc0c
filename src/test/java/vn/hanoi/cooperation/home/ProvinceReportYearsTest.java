package vn.hanoi.cooperation.home;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewers;
import vn.hanoi.cooperation.activity.ProvinceActivities;
import vn.hanoi.cooperation.agreement.AgreementService;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.result.ProvinceResults;
import vn.hanoi.cooperation.system.ReadOnlyTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province page offers last year's report and this year's by Hanoi's calendar: at 01:00 on 1 January in Hanoi
 * (still 31 December on a server in UTC) the new year's report is offered.
 */
@PortalTest
class ProvinceReportYearsTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	Provinces provinces;

	@Autowired
	AgreementService agreements;

	@Autowired
	ProvinceActivities activities;

	@Autowired
	ProvinceResults results;

	@Autowired
	ReadOnlyTransaction readOnly;

	@Autowired
	Viewers viewers;

	@Autowired
	TestAccounts accounts;

	@Test
	void theReportsOfferedFollowHanoisNewYear() {
		Clock newYearInHanoi = Clock.fixed(Instant.parse("2026-12-31T18:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
		ProvincePages pages = new ProvincePages(this.jdbc, this.provinces, this.agreements, this.activities,
				this.results, newYearInHanoi, this.readOnly);
		Long dienBien = this.jdbcTemplate.queryForObject(
				"select id from provinces where code = '11' and valid_from = ?", Long.class, Province.MERGER_DAY);
		ProvincePages.Page page = pages.of(dienBien, this.viewers.of(this.accounts.principal(Role.LEADER)), null,
				null);
		assertThat(page.reportYears()).containsExactly(2026, 2027);
	}

}
