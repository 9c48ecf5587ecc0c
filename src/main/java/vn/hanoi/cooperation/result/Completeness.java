package vn.hanoi.cooperation.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.system.Localized;
import vn.hanoi.cooperation.system.NativeRows;

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

	private final EntityManager entityManager;

	Completeness(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	List<Row> of(int year) {
		Map<Long, Row> rows = new LinkedHashMap<>();
		for (Object[] r : NativeRows.list(this.entityManager, ReportingDuty.CELLS + """
				select c.department_id, d.name_vi, d.name_en, c.indicator_id, i.code, i.name_vi, i.name_en,
				       c.result_id, c.state
				from cells c join departments d on d.id = c.department_id join indicators i on i.id = c.indicator_id
				order by d.name_vi, d.id, c.group_number, i.code""", Map.of("year", year))) {
			Row row = rows.computeIfAbsent(NativeRows.id(r[0]),
					id -> new Row(id, NativeRows.text(r[1]), NativeRows.text(r[2]), new ArrayList<>()));
			row.cells()
				.add(new Cell(NativeRows.id(r[3]), NativeRows.text(r[4]), NativeRows.text(r[5]), NativeRows.text(r[6]),
						NativeRows.id(r[7]), NativeRows.numberOrNull(r[8])));
		}
		return List.copyOf(rows.values());
	}

}
