package vn.hanoi.cooperation.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A large synthetic data set written with generate_series in a few statements (seconds, not minutes): plans
 * 2022-2026 with all 15 groups, activities spread over years, groups, the departments and partner provinces
 * valid in their year, with progress notes and history, and one account per virtual user.
 */
final class BenchmarkData {

	private BenchmarkData() {
	}

	static void load(JdbcTemplate jdbc, int activities) {
		jdbc.update("""
				insert into plans (year, title_vi, title_en)
				select y, 'Kế hoạch hợp tác năm ' || y || ' (dữ liệu đo tải)', 'Cooperation plan ' || y || ' (benchmark data)'
				  from generate_series(2023, 2026) y
				 where not exists (select 1 from plans p where p.year = y)""");
		jdbc.update("""
				insert into plan_groups (plan_id, group_id)
				select p.id, g.id from plans p cross join cooperation_groups g where p.year between 2022 and 2026
				on conflict do nothing""");
		jdbc.update("""
				insert into activities (plan_id, group_id, lead_department_id, title, description, planned_start,
				                        deadline, actual_completion, result_summary, status, budget_planned,
				                        shared_with_provinces, last_update_at, created_at, updated_at)
				with years as (
				  select y, make_date(y, 12, 31) as day from generate_series(2022, 2026) y),
				departments_of_year as (
				  select y.y, array_agg(d.id order by d.id) as ids
				    from years y join departments d
				      on (d.valid_from is null or d.valid_from <= y.day) and (d.valid_to is null or d.valid_to >= y.day)
				   group by y.y),
				rows as (
				  select i, 2022 + i % 5 as y, make_date(2022 + i % 5, 1 + i % 12, 1 + i % 28) as start,
				         case when i % 10 < 4 then 'COMPLETED' when i % 10 < 8 then 'IN_PROGRESS'
				              when i % 10 = 8 then 'PLANNED' when i % 20 = 9 then 'SUSPENDED' else 'CANCELLED' end as status
				    from generate_series(1, ?) i)
				select p.id, g.id, d.ids[1 + (r.i * 7) % cardinality(d.ids)],
				       (array['Hội chợ', 'Tuần hàng', 'Hội nghị xúc tiến', 'Chương trình đào tạo', 'Khảo sát',
				              'Diễn đàn', 'Triển lãm', 'Đoàn công tác'])[1 + r.i % 8] || ' '
				       || (array['nông sản', 'du lịch cộng đồng', 'sản phẩm OCOP', 'chuyển đổi số', 'y tế cơ sở',
				                 'giáo dục nghề nghiệp', 'văn hóa dân tộc', 'đầu tư hạ tầng', 'môi trường',
				                 'an sinh xã hội'])[1 + (r.i / 8) % 10] || ' năm ' || r.y || ' – số ' || r.i,
				       'Hoạt động đo tải số ' || r.i || ': các sở, ngành Hà Nội phối hợp với địa phương đối tác '
				       || 'tổ chức, theo dõi và báo cáo kết quả theo kế hoạch năm.',
				       r.start, r.start + (30 + r.i % 200),
				       case when r.status = 'COMPLETED' then r.start + (20 + r.i % 240) end,
				       case when r.status = 'COMPLETED' then 'Hoàn thành các nội dung đề ra.' end,
				       r.status, (r.i % 50) * 10000000::numeric, r.i % 2 = 0,
				       r.start::timestamptz + make_interval(days => r.i % 300), r.start::timestamptz,
				       r.start::timestamptz
				  from rows r
				  join plans p on p.year = r.y
				  join cooperation_groups g on g.number = 1 + (r.i / 5) % 15
				  join departments_of_year d on d.y = r.y""", activities);
		// One to three partners each, among the provinces valid in the activity's year (all of them are used).
		jdbc.update("""
				insert into activity_partner_provinces (activity_id, province_id)
				with provinces_of_year as (
				  select y, array_agg(pr.id order by pr.id) as ids
				    from generate_series(2022, 2026) y join provinces pr
				      on pr.code <> '01' and pr.valid_from <= make_date(y, 12, 31)
				     and (pr.valid_to is null or pr.valid_to >= make_date(y, 12, 31))
				   group by y)
				select distinct a.id, pv.ids[1 + abs(hashint8(a.id * 3 + k)) % cardinality(pv.ids)]
				  from activities a join plans p on p.id = a.plan_id join provinces_of_year pv on pv.y = p.year
				 cross join generate_series(0, 2) k
				 where k <= a.id % 3""");
		jdbc.update("""
				insert into activity_coordinating_departments (activity_id, department_id)
				select a.id, d.id from activities a
				  join lateral (select id from departments where id <> a.lead_department_id
				                 order by (id * 13 + a.id) % 97 limit 1) d on true
				 where a.id % 4 = 0""");
		jdbc.update("""
				insert into activity_progress_updates (activity_id, noted_on, note, author_name)
				select a.id, a.planned_start + n * 10, 'Cập nhật tiến độ lần ' || n || ' của hoạt động ' || a.id,
				       'Dữ liệu đo tải'
				  from activities a cross join generate_series(1, 2) n where a.id % 3 = 0""");
		jdbc.update("""
				insert into activity_changes (activity_id, action, new_value, version_after, author_name, changed_at)
				select id, 'CREATED', title, 0, 'Dữ liệu đo tải', created_at from activities""");
		jdbc.execute("analyze");
	}

	/**
	 * Yearly results: indicator x year x department x partner province (or none), each unit taken when it was valid
	 * at some point of the year, picked in a scrambled order up to the wanted count; most approved, the rest
	 * submitted or draft.
	 */
	static void results(JdbcTemplate jdbc, int results) {
		jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, status,
				                            submitted_at, approved_at, approved_by_name)
				with years as (
				  select y, make_date(y, 1, 1) as first_day, make_date(y, 12, 31) as last_day
				    from generate_series(2022, 2026) y),
				candidates as (
				  select i.id as indicator_id, y.y, d.id as department_id, pr.id as province_id
				    from indicators i cross join years y
				    join departments d on (d.valid_from is null or d.valid_from <= y.last_day)
				                      and (d.valid_to is null or d.valid_to >= y.first_day)
				    join (select id, code, valid_from, valid_to from provinces where code <> '01'
				          union all select null, null, null, null) pr
				      on pr.id is null or (pr.valid_from <= y.last_day
				                           and (pr.valid_to is null or pr.valid_to >= y.first_day))
				   order by hashint8(i.id * 1000003 + y.y * 7919 + d.id * 104729 + coalesce(pr.id, 0))
				   limit ?),
				picked as (
				  select c.*, abs(hashint8(c.indicator_id + c.department_id * 31 + coalesce(c.province_id, 0) * 997)) % 10 as k
				    from candidates c)
				select indicator_id, y, department_id, province_id, (10 + k * 5)::numeric, (8 + (k * 7) % 13)::numeric,
				       case when k < 8 then 'APPROVED' when k = 8 then 'SUBMITTED' else 'DRAFT' end,
				       case when k < 9 then make_date(y, 12, 20)::timestamptz end,
				       case when k < 8 then make_date(y, 12, 28)::timestamptz end,
				       case when k < 8 then 'Dữ liệu đo tải' end
				  from picked""", results);
		jdbc.execute("analyze");
	}

	/** Accounts for the virtual users, all with the same (already hashed) password. */
	static void accounts(JdbcTemplate jdbc, String passwordHash, int leaders, int staff, int provinceOfficers) {
		jdbc.update("""
				insert into accounts (username, display_name, password_hash, role)
				select 'bench.leader.' || i, 'Lãnh đạo ' || i, ?, 'LEADER' from generate_series(1, ?) i""",
				passwordHash, leaders);
		jdbc.update("""
				insert into accounts (username, display_name, password_hash, role, department_id)
				select 'bench.staff.' || n, 'Cán bộ ' || d.code, ?, 'STAFF', d.id
				  from (select id, code, row_number() over (order by id) n from departments where valid_to is null) d
				 where n <= ?""", passwordHash, staff);
		jdbc.update("""
				insert into accounts (username, display_name, password_hash, role, province_id)
				select 'bench.province.' || n, 'Cán bộ ' || pr.name_vi, ?, 'PROVINCE', pr.id
				  from (select id, name_vi, row_number() over (order by code) n from provinces
				         where valid_to is null and code <> '01') pr
				 where n <= ?""", passwordHash, provinceOfficers);
	}

	/** Several accounts of one province's officers, each with its own session: scenario (a)'s clients. */
	static void officersOf(JdbcTemplate jdbc, String passwordHash, String province, int count) {
		jdbc.update("""
				insert into accounts (username, display_name, password_hash, role, province_id)
				select 'solo.province.' || i, 'Cán bộ ' || pr.name_vi, ?, 'PROVINCE', pr.id
				  from provinces pr cross join generate_series(1, ?) i
				 where pr.name_vi = ? and pr.valid_to is null""", passwordHash, count, province);
	}

}
