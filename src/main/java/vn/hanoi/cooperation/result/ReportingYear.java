package vn.hanoi.cooperation.result;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The year whose figures departments are asked for today ({@link ReportingDuty#reportingYear}), with the day of the
 * year until which last year stays that year while it is unlocked: {@code portal.reporting.previous-year-until},
 * end of March by default. A value that is not a day stops the start rather than silently moving the cut-off.
 */
@Component
public class ReportingYear {

	static final String PROPERTY = "portal.reporting.previous-year-until";

	private final MonthDay previousYearUntil;

	private final YearLocks locks;

	private final Clock clock;

	ReportingYear(@Value("${" + PROPERTY + ":--03-31}") String previousYearUntil, YearLocks locks, Clock clock) {
		this.previousYearUntil = monthDay(previousYearUntil);
		this.locks = locks;
		this.clock = clock;
	}

	/** Today's reporting year; null when every year is locked. */
	public Integer today() {
		return ReportingDuty.reportingYear(LocalDate.now(this.clock), this.previousYearUntil, this.locks.lockedYears());
	}

	private static MonthDay monthDay(String value) {
		try {
			return MonthDay.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			// No parser exception as cause: this message is then the root cause that a failed start ends with.
			throw new IllegalStateException(PROPERTY + " must be a day of the year written --MM-DD (--03-31 for the "
					+ "end of March), not '" + value + "'");
		}
	}

}
