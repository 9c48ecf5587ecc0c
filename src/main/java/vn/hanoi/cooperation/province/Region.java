package vn.hanoi.cooperation.province;

/** The six socio-economic regions of Vietnam; names come from the messages ({@code region.CODE}). */
public enum Region {

	NORTHERN_MIDLANDS_AND_MOUNTAINS, RED_RIVER_DELTA, NORTH_CENTRAL_AND_CENTRAL_COAST, CENTRAL_HIGHLANDS, SOUTHEAST,
	MEKONG_DELTA;

	public String messageKey() {
		return "region." + name();
	}

}
