package vn.hanoi.cooperation.home;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many agreements and activities each unit has, its predecessors' included (as its page shows them), in one
 * aggregate statement for the whole list. For Hanoi's users only: counts ignore sharing.
 */
@Repository
class ProvinceRecordCounts {

	record Counts(long agreements, long activities) {
	}

	private final JdbcClient jdbc;

	ProvinceRecordCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Map<Long, Counts> all() {
		Map<Long, Counts> counts = new HashMap<>();
		this.jdbc.sql("""
				with lineage (unit_id, member_id) as (
				    select id, id from provinces
				    union all
				    select successor_id, id from provinces where successor_id is not null
				),
				agreement_counts as (
				    select l.unit_id, count(distinct ap.agreement_id) as n
				    from lineage l join agreement_provinces ap on ap.province_id = l.member_id group by l.unit_id
				),
				activity_counts as (
				    select l.unit_id, count(distinct pp.activity_id) as n
				    from lineage l join activity_partner_provinces pp on pp.province_id = l.member_id group by l.unit_id
				)
				select p.id, coalesce(ag.n, 0) as agreements, coalesce(ac.n, 0) as activities
				from provinces p
				left join agreement_counts ag on ag.unit_id = p.id
				left join activity_counts ac on ac.unit_id = p.id""")
			.query((rs, row) -> counts.put(rs.getLong("id"), new Counts(rs.getLong("agreements"),
					rs.getLong("activities"))))
			.list();
		return counts;
	}

}
