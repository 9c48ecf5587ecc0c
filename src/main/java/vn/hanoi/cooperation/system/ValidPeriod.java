package vn.hanoi.cooperation.system;

import java.time.LocalDate;

/**
 * A unit that exists from one day to another (a province around 1 July 2025, a department around 1 March 2025):
 * the one rule for whether it is in force on a day. An open end is no limit.
 */
public interface ValidPeriod {

	LocalDate getValidFrom();

	LocalDate getValidTo();

	default boolean isValidOn(LocalDate day) {
		return (getValidFrom() == null || !day.isBefore(getValidFrom()))
				&& (getValidTo() == null || !day.isAfter(getValidTo()));
	}

}
