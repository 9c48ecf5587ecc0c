package vn.hanoi.cooperation.result;

import java.util.List;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A year's results not yet approved (draft, submitted, returned): what the coordinator sees before locking the
 * year, and the next one waiting for approval. Read in SQL with a fixed number of statements; entries come in
 * the order of the year's entry list (group, indicator, department, province).
 */
@Repository
class OpenResults {

	/** How many results of one department (none: city-level figures) are in each open state. */
	record DepartmentCount(String nameVi, String nameEn, int drafts, int submitted, int returned) {

		public String name() {
			return english() ? this.nameEn : this.nameVi;
		}

		public boolean cityLevel() {
			return this.nameVi == null;
		}

		public int total() {
			return this.drafts + this.submitted + this.returned;
		}

	}

	/** One open result, named in both languages. */
	record Entry(long id, ResultStatus status, String indicatorVi, String indicatorEn, String departmentVi,
			String departmentEn, String provinceVi, String provinceEn) {

		public String indicator() {
			return english() ? this.indicatorEn : this.indicatorVi;
		}

		/** Null for a city-level figure. */
		public String department() {
			return english() ? this.departmentEn : this.departmentVi;
		}

		public String province() {
			return english() ? this.provinceEn : this.provinceVi;
		}

	}

	/** The entry list's order, so that "next" here is the next line there. */
	private static final String ENTRY_ORDER = "g.number, i.code, d.name_vi nulls first, p.name_vi nulls first, r.id";

	private static final String ENTRY_FROM = """
			from yearly_results r join indicators i on i.id = r.indicator_id
			  join cooperation_groups g on g.id = i.group_id
			  left join departments d on d.id = r.department_id
			  left join provinces p on p.id = r.province_id
			""";

	private final JdbcClient jdbc;

	OpenResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Open results of the year per department, city-level figures first, then by department name. */
	List<DepartmentCount> byDepartment(int year) {
		return this.jdbc.sql("""
				select d.name_vi, d.name_en,
				       count(*) filter (where r.status = 'DRAFT') as drafts,
				       count(*) filter (where r.status = 'SUBMITTED') as submitted,
				       count(*) filter (where r.status = 'RETURNED') as returned
				from yearly_results r left join departments d on d.id = r.department_id
				where r.year = :year and r.status <> 'APPROVED'
				group by r.department_id, d.name_vi, d.name_en
				order by d.name_vi nulls first""")
			.param("year", year)
			.query((rs, n) -> new DepartmentCount(rs.getString("name_vi"), rs.getString("name_en"),
					rs.getInt("drafts"), rs.getInt("submitted"), rs.getInt("returned")))
			.list();
	}

	/** The first {@code limit} open results of the year, in the entry list's order. */
	List<Entry> entries(int year, int limit) {
		return this.jdbc.sql("select r.id, r.status, i.name_vi as indicator_vi, i.name_en as indicator_en, "
				+ "d.name_vi as department_vi, d.name_en as department_en, p.name_vi as province_vi, "
				+ "p.name_en as province_en "
				+ ENTRY_FROM + "where r.year = :year and r.status <> 'APPROVED' order by " + ENTRY_ORDER
				+ " limit :limit")
			.param("year", year)
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getLong("id"), ResultStatus.valueOf(rs.getString("status")),
					rs.getString("indicator_vi"), rs.getString("indicator_en"), rs.getString("department_vi"),
					rs.getString("department_en"), rs.getString("province_vi"), rs.getString("province_en")))
			.list();
	}

	/** A fingerprint of the year's open results (which, in what state, at what version); empty when none. */
	String digest(int year) {
		return this.jdbc.sql("""
				select coalesce(md5(string_agg(id || ':' || status || ':' || version, ',' order by id)), '')
				from yearly_results where year = :year and status <> 'APPROVED'""")
			.param("year", year)
			.query(String.class)
			.single();
	}

	/** The next result waiting for approval and how many wait in all (the one just decided is left out). */
	record Waiting(long nextId, int count) {
	}

	/** The first result of the year waiting for approval, other than {@code except}, in the entry list's order. */
	Optional<Waiting> nextSubmitted(int year, long except) {
		return this.jdbc.sql("select r.id, count(*) over () as waiting " + ENTRY_FROM
				+ "where r.year = :year and r.status = 'SUBMITTED' and r.id <> :except order by " + ENTRY_ORDER
				+ " limit 1")
			.param("year", year)
			.param("except", except)
			.query((rs, n) -> new Waiting(rs.getLong("id"), rs.getInt("waiting")))
			.optional();
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
