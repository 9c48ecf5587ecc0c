package vn.hanoi.cooperation.result;

import java.math.BigDecimal;

import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.province.Province;

/**
 * A result form after validation, with its references loaded: what {@link YearlyResult#apply} takes, and the meaning
 * the form showed the indicator's figures with (null when it did not say), which the save checks.
 */
record ResultDraft(int year, Indicator indicator, Department department, Province province, BigDecimal target,
		BigDecimal actual, boolean actualLowerBound, String narrative, FigureMeaning meaningShown) {
}
