package vn.hanoi.cooperation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The {@code updated_since} parameter in ISO 8601: an instant with its offset ({@code 2026-11-26T00:00:00+07:00},
 * {@code …Z}) or a day ({@code 2026-11-26}, from midnight in Hanoi).
 */
final class UpdatedSince {

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The years ISO 8601 writes with four digits. */
	private static final int FIRST_YEAR = 1;

	private static final int LAST_YEAR = 9999;

	private UpdatedSince() {
	}

	static Instant parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		ZonedDateTime since;
		try {
			since = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(HANOI)
					: OffsetDateTime.parse(text).toZonedDateTime();
		}
		catch (DateTimeParseException ex) {
			throw new ApiErrors.BadApiRequest("api.error.updatedSinceFormat");
		}
		// Java reads years up to ±999,999,999, PostgreSQL's timestamps do not reach that far.
		if (since.getYear() < FIRST_YEAR || since.getYear() > LAST_YEAR) {
			// As text: a number argument would be written 9.999.
			throw new ApiErrors.BadApiRequest("api.error.updatedSinceYears", String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
		return since.toInstant();
	}

}
