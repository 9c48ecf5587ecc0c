package vn.hanoi.cooperation.result;

/** An indicator as typed in the catalogue form; a count names what it counts in both languages. */
record IndicatorForm(String code, String nameVi, String nameEn, String unit, String countNounVi, String countNounEn,
		String groupId, String aggregation, String direction, String version) {

	static final String[] FIELDS = { "code", "nameVi", "nameEn", "unit", "countNounVi", "countNounEn", "groupId",
			"aggregation", "direction", "version" };

	static IndicatorForm blank() {
		return new IndicatorForm("", "", "", null, "", "", null, Aggregation.SUM.name(), Direction.HIGHER.name(),
				null);
	}

	static IndicatorForm of(Indicator indicator) {
		return new IndicatorForm(indicator.getCode(), indicator.getNameVi(), indicator.getNameEn(),
				indicator.getUnit().name(), indicator.getCountNounVi(), indicator.getCountNounEn(),
				String.valueOf(indicator.getGroup().getId()), indicator.getAggregation().name(),
				indicator.getDirection().name(), String.valueOf(indicator.getVersion()));
	}

	/** The same input, to be saved over the given version (after a conflict the user applies it again). */
	IndicatorForm withVersion(long newVersion) {
		return new IndicatorForm(this.code, this.nameVi, this.nameEn, this.unit, this.countNounVi, this.countNounEn,
				this.groupId, this.aggregation, this.direction, String.valueOf(newVersion));
	}

}
