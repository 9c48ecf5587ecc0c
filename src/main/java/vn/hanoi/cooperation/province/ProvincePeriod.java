package vn.hanoi.cooperation.province;

import java.time.LocalDate;

/** Which map a unit belongs to: the 63 units (1 August 2008 – 30 June 2025) or the 34 from 1 July 2025. */
public enum ProvincePeriod {

	UNITS_2008, UNITS_2025;

	public LocalDate firstDay() {
		return this == UNITS_2008 ? LocalDate.of(2008, 8, 1) : Province.MERGER_DAY;
	}

	public String messageKey() {
		return "province.period." + name();
	}

	/** The map in force during a plan year: the 34 units from July 2025, so 2025 onwards uses them. */
	public static ProvincePeriod forYear(int year) {
		return year >= Province.MERGER_DAY.getYear() ? UNITS_2025 : UNITS_2008;
	}

	/**
	 * The map on which a unit's figures of a year are its own: the year's map, or the unit's own once it ended before
	 * the year did. Hà Giang's January–June 2025 stand for Hà Giang on the 63 units; on the year's 34 they are
	 * Tuyên Quang's, which is not Hà Giang's to report.
	 */
	public static ProvincePeriod forUnitInYear(Province unit, int year) {
		return unit.endedBeforeEndOf(year) ? unit.getPeriod() : forYear(year);
	}

}
