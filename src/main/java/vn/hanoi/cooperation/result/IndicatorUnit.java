package vn.hanoi.cooperation.result;

/**
 * The units indicators are counted in, as Vietnamese reports write them (tỷ đồng, tấn, lượt người…); a count
 * names what it counts on its indicator ({@link UnitOfMeasure}).
 */
public enum IndicatorUnit {

	BILLION_VND, TONNE, PERSON_TIMES, PERSON, COUNT, PERCENT;

	/** The unit's name, as the form's choice and a table's unit column show it (a count shows its own noun). */
	public String messageKey() {
		return "indicator.unit." + name();
	}

	/**
	 * A figure with its unit: {0} the number as written, {1} a count's noun, {2} the number's value (for English to
	 * choose singular or plural), {3} the noun's singular ("45.000 tấn", "95%", "15 hội nghị", "1 conference").
	 */
	public String figureKey() {
		return "indicator.figure." + name();
	}

}
