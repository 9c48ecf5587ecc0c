package vn.hanoi.cooperation.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.validation.Errors;

/**
 * Reads form text into values. Form records keep what the user typed as text: a record whose constructor
 * cannot convert a value is never created, and the user's whole input would be lost with it.
 */
public final class FormValues {

	private FormValues() {
	}

	/** Empty text is no value; anything else must be a whole number, or the field gets {@code errorCode}. */
	public static Long id(String text, String field, String errorCode, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, errorCode);
			return null;
		}
	}

	public static List<Long> ids(List<String> texts, String field, String errorCode, Errors errors) {
		List<Long> ids = new ArrayList<>();
		for (String text : texts) {
			Long id = id(text, field, errorCode, errors);
			if (id != null && !ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** How every form writes a day for people to read and correct: dd/MM/yyyy, whatever the browser's language. */
	public static String dayText(LocalDate day) {
		return day == null ? null : DAY.format(day);
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy");

	/** The years a typed day may fall in: one outside them is a typing slip (0225 for 2025), not a plan. */
	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2200;

	/** A day as people write it (dd/MM/yyyy, also d/M/yyyy), or yyyy-MM-dd as files and older links send it. */
	public static LocalDate day(String text, String field, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			LocalDate day;
			if (value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
				String[] parts = value.split("/");
				day = LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
			}
			else {
				day = LocalDate.parse(value);
			}
			if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
				errors.rejectValue(field, "form.dateOutOfRange");
				return null;
			}
			return day;
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			errors.rejectValue(field, "form.dateInvalid");
			return null;
		}
	}

	public static <E extends Enum<E>> E choice(String text, Class<E> type, String field, String errorCode,
			Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, errorCode);
			return null;
		}
	}

	public static boolean checked(String text) {
		return text != null && (text.equals("true") || text.equals("on"));
	}

	public static Optional<Long> version(String text) {
		try {
			return text == null || text.isBlank() ? Optional.empty() : Optional.of(Long.valueOf(text.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}


	/**
	 * The page an address asks for, in a list whose pages are numbered from {@code first} (0 or 1): anything that is
	 * not a whole number of at most six digits (text, a sign, a fraction), or is below {@code first}, is the first
	 * page, never an error deep in the query.
	 */
	public static int page(String text, int first) {
		String value = text == null ? "" : text.strip();
		return value.matches("\\d{1,6}") ? Math.max(first, Integer.parseInt(value)) : first;
	}

	/** A UUID a form sent back (a form token, an upload's id); empty when missing or not one. */
	public static Optional<UUID> uuid(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
