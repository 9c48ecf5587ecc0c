package vn.hanoi.cooperation.result;

import vn.hanoi.cooperation.group.CooperationGroup;

/** An indicator form after validation. */
record IndicatorDraft(String code, String nameVi, String nameEn, IndicatorUnit unit, String countNounVi,
		String countNounEn, CooperationGroup group,
		Aggregation aggregation, Direction direction) {
}
