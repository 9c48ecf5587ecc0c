package vn.hanoi.cooperation.result;

/** The units indicators are counted in, as Vietnamese reports write them (tỷ đồng, tấn, lượt người…). */
public enum IndicatorUnit {

	BILLION_VND, TONNE, PERSON_TIMES, PERSON, COUNT, PERCENT;

	public String messageKey() {
		return "indicator.unit." + name();
	}

}
