package vn.hanoi.cooperation.system;

import java.time.format.DateTimeFormatter;

/**
 * How a record's stored history names a province or a department. A unit that has ended carries its last day,
 * "Tuyên Quang (–30/06/2025)": a unit of the same name may have followed it (the Tuyên Quang of 1 July 2025, the
 * Sở Công Thương of 1 March 2025), and without the day swapping one for the other left no line and a deleted record
 * did not say which it named. The mark has no words because the stored text is shown in both languages. A unit in
 * force keeps its bare name, so the lines written before this rule still read and compare as they did.
 */
public final class HistoryNames {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private HistoryNames() {
	}

	public static <U extends Localized & ValidPeriod> String of(U unit) {
		return unit.getValidTo() == null ? unit.getNameVi()
				: unit.getNameVi() + " (–" + DAY.format(unit.getValidTo()) + ")";
	}

}
