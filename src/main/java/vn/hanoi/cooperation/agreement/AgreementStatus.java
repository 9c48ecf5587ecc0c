package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where an agreement stands on a day, derived from its dates: not yet in force, in force, expired, or terminated
 * early. It takes effect on its valid-from day, or on the day it was signed when it names no other; the
 * valid-to day is still in force.
 */
public enum AgreementStatus {

	NOT_YET_IN_FORCE("secondary"), IN_FORCE("success"), EXPIRED("warning"), TERMINATED("danger");

	private final String tone;

	AgreementStatus(String tone) {
		this.tone = tone;
	}

	public static AgreementStatus of(LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
			LocalDate terminatedOn, LocalDate today) {
		if (terminatedOn != null && !today.isBefore(terminatedOn)) {
			return TERMINATED;
		}
		LocalDate start = validFrom != null ? validFrom : signedOn;
		if (start == null || today.isBefore(start)) {
			return NOT_YET_IN_FORCE;
		}
		if (validTo != null && today.isAfter(validTo)) {
			return EXPIRED;
		}
		return IN_FORCE;
	}

	/**
	 * The latest day up to today on which the status may have changed by the calendar alone (the agreement took
	 * effect, expired or ended early), or null: whoever read the agreement before that day read another status.
	 */
	public static LocalDate changedOn(LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
			LocalDate terminatedOn, LocalDate today) {
		return Stream.of(validFrom != null ? validFrom : signedOn, validTo == null ? null : validTo.plusDays(1),
				terminatedOn)
			.filter(day -> day != null && !day.isAfter(today))
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * The query twin of {@link #changedOn} over the alias {@code a} of Agreement: the status changed on a day in
	 * {@code :changedFrom..:today}; the caller binds them and {@code :expiredFrom}, {@code :expiredTo} (a day
	 * earlier each: an agreement is expired from the day after its valid-to day).
	 */
	static String changedCondition() {
		return "(coalesce(a.validFrom, a.signedOn) between :changedFrom and :today"
				+ " or a.validTo between :expiredFrom and :expiredTo or a.terminatedOn between :changedFrom and :today)";
	}

	/** The query twin of {@link #of} over the alias {@code a} of Agreement; {@code :today} is bound by the caller. */
	static String condition(AgreementStatus status) {
		return condition(status, "today");
	}

	/** The same on the day the caller binds to the parameter named {@code day} (a past day the list asks about). */
	static String condition(AgreementStatus status, String day) {
		String on = ":" + day;
		String terminated = "(a.terminatedOn is not null and a.terminatedOn <= " + on + ")";
		String start = "coalesce(a.validFrom, a.signedOn)";
		return switch (status) {
			case TERMINATED -> terminated;
			case NOT_YET_IN_FORCE -> "(not " + terminated + " and (" + start + " is null or " + start + " > " + on + "))";
			case EXPIRED -> "(not " + terminated + " and " + start + " <= " + on + " and a.validTo < " + on + ")";
			case IN_FORCE -> "(not " + terminated + " and " + start + " <= " + on + " and (a.validTo is null or a.validTo >= "
					+ on + "))";
		};
	}

	public String messageKey() {
		return "agreement.status." + name();
	}

	/** The Bootstrap colour of the badge. */
	public String tone() {
		return this.tone;
	}

}
