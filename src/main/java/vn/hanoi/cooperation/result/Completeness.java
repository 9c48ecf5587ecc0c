package vn.hanoi.cooperation.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.system.Localized;

/** A year's reporting duties ({@link ReportingDuty}) department by department, read in one statement. */
@Repository
class Completeness {

	/** One indicator a department must report, and how far its figure has come (state null: not entered). */
	record Cell(long indicatorId, String code, String nameVi, String nameEn, Long resultId, Integer state)
			implements Localized {

		@Override
		public String getNameVi() {
			return this.nameVi;
		}

		@Override
		public String getNameEn() {
			return this.nameEn;
		}

		/** The message key part and colour of the state: missing, returned, draft, submitted, approved. */
		public String stateName() {
			if (this.state == null) {
				return "missing";
			}
			return switch (this.state) {
				case ReportingDuty.RETURNED -> "returned";
				case ReportingDuty.DRAFT -> "draft";
				case ReportingDuty.SUBMITTED -> "submitted";
				default -> "approved";
			};
		}

	}

	/** A department's row: its cells in group and indicator order. */
	record Row(long departmentId, String nameVi, String nameEn, List<Cell> cells) implements Localized {

		@Override
		public String getNameVi() {
			return this.nameVi;
		}

		@Override
		public String getNameEn() {
			return this.nameEn;
		}

		public long count(String stateName) {
			return this.cells.stream().filter(c -> c.stateName().equals(stateName)).count();
		}

		public boolean complete() {
			return this.cells.stream().allMatch(c -> "approved".equals(c.stateName()));
		}

	}

	private final JdbcClient jdbc;

	Completeness(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<Row> of(int year) {
		Map<Long, Row> rows = new LinkedHashMap<>();
		this.jdbc.sql(ReportingDuty.CELLS + """
				select c.department_id, d.name_vi as department_vi, d.name_en as department_en, c.indicator_id,
				       i.code, i.name_vi as indicator_vi, i.name_en as indicator_en, c.result_id, c.state
				from cells c join departments d on d.id = c.department_id join indicators i on i.id = c.indicator_id
				order by d.name_vi, d.id, c.group_number, i.code""").param("year", year).query(rs -> {
			String departmentVi = rs.getString("department_vi");
			String departmentEn = rs.getString("department_en");
			Row row = rows.computeIfAbsent(rs.getLong("department_id"),
					id -> new Row(id, departmentVi, departmentEn, new ArrayList<>()));
			row.cells()
				.add(new Cell(rs.getLong("indicator_id"), rs.getString("code"), rs.getString("indicator_vi"),
						rs.getString("indicator_en"), rs.getObject("result_id", Long.class),
						rs.getObject("state", Integer.class)));
		});
		return List.copyOf(rows.values());
	}

}
