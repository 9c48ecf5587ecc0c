package vn.hanoi.cooperation.result;

/** The units indicators are counted in, as Vietnamese reports write them (tỷ đồng, tấn, lượt người…). */
public enum IndicatorUnit {

	BILLION_VND, TONNE, PERSON_TIMES, PERSON, COUNT, PERCENT;

	/** The unit's name, as a table's unit column shows it. */
	public String messageKey() {
		return "indicator.unit." + name();
	}

	/** A figure with its unit ("45.000 tấn", "95%"; a count stands alone: "5", not "5 số"). */
	public String figureKey() {
		return "indicator.figure." + name();
	}

}
