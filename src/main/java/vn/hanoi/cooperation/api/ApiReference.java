package vn.hanoi.cooperation.api;

import java.time.LocalDate;
import java.util.List;

/** Reference data as the API gives it: plans, groups, and the units with their validity and merger links. */
final class ApiReference {

	private ApiReference() {
	}

	/** A yearly plan and the groups of cooperation content it selects. */
	record Plan(Long id, int year, String number, LocalDate issuedOn, String titleVi, String titleEn,
			String summaryVi, String summaryEn, List<Long> groupIds) {
	}

	/** A group of cooperation content and its lead department. */
	record Group(Long id, int number, String nameVi, String nameEn, Long leadDepartmentId) {
	}

	/**
	 * A province or department on the day it was valid: {@code successorId} is the unit it merged into,
	 * {@code predecessorIds} those merged into it. Records keep the unit of their own date; roll up through these.
	 */
	record Unit(Long id, String code, String nameVi, String nameEn, LocalDate validFrom, LocalDate validTo,
			Long successorId, List<Long> predecessorIds) {
	}

}
