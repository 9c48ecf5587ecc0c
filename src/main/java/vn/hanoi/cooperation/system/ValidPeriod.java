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

	/**
	 * The unit ended before the year did, so another unit of the same name may stand for it at the year's end
	 * (Tuyên Quang of January–June 2025 beside the Tuyên Quang formed on 1 July, Sở Công Thương before and after
	 * 1 March 2025): its figures of that year are marked.
	 */
	default boolean endedBeforeEndOf(int year) {
		return getValidTo() != null && getValidTo().isBefore(LocalDate.of(year, 12, 31));
	}

	/**
	 * The unit was formed after the year (Sở Nông nghiệp và Môi trường, formed 1 March 2025, in 2024): that year's
	 * records are its predecessors', as the units were on the day.
	 */
	default boolean formedAfter(int year) {
		return getValidFrom() != null && getValidFrom().getYear() > year;
	}

	/** The first day the unit no longer exists (its successor's first day), or null while it exists. */
	default LocalDate dayAfterEnd() {
		return getValidTo() == null ? null : getValidTo().plusDays(1);
	}

}
