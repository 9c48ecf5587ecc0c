package vn.hanoi.cooperation.api;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reference data for the API, one statement per list; every logged-in reader sees all of it, as on the pages. */
@Repository
class ApiReferenceReads {

	private final JdbcClient jdbc;

	ApiReferenceReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<ApiReference.Plan> plans() {
		return this.jdbc.sql("""
				select p.id, p.year, p.number, p.issued_on, p.title_vi, p.title_en, p.summary_vi, p.summary_en,
				       array(select pg.group_id from plan_groups pg where pg.plan_id = p.id order by pg.group_id) as groups
				  from plans p order by p.year""")
			.query((rs, n) -> new ApiReference.Plan(rs.getLong("id"), rs.getInt("year"), rs.getString("number"),
					rs.getObject("issued_on", LocalDate.class), rs.getString("title_vi"), rs.getString("title_en"),
					rs.getString("summary_vi"), rs.getString("summary_en"), ids(rs.getArray("groups"))))
			.list();
	}

	@Transactional(readOnly = true)
	List<ApiReference.Group> groups() {
		return this.jdbc.sql("select id, number, name_vi, name_en, lead_department_id from cooperation_groups order by number")
			.query((rs, n) -> new ApiReference.Group(rs.getLong("id"), rs.getInt("number"), rs.getString("name_vi"),
					rs.getString("name_en"), rs.getObject("lead_department_id", Long.class)))
			.list();
	}

	/** Provinces or departments ({@code kind} as in merger_links) with their links, in id order. */
	@Transactional(readOnly = true)
	List<ApiReference.Unit> units(String table, String kind) {
		return this.jdbc.sql("""
				select u.id, u.code, u.name_vi, u.name_en, u.valid_from, u.valid_to, u.successor_id,
				       array(select m.id from merger_links m where m.unit_kind = :kind and m.successor_id = u.id
				              order by m.id) as predecessors
				  from %s u order by u.id""".formatted(table))
			.param("kind", kind)
			.query((rs, n) -> unit(rs))
			.list();
	}

	private static ApiReference.Unit unit(ResultSet rs) throws SQLException {
		return new ApiReference.Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
				rs.getString("name_en"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getObject("successor_id", Long.class),
				ids(rs.getArray("predecessors")));
	}

	private static List<Long> ids(Array array) throws SQLException {
		return Arrays.stream((Long[]) array.getArray()).toList();
	}

}
