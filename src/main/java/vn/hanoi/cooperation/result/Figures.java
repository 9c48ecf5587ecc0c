package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and writes figures the Vietnamese way: dots between thousands, a comma before decimals ("300.000",
 * "1,5"). "1.5" is refused rather than guessed: it means fifteen to one reader and one and a half to another.
 */
final class Figures {

	/** numeric(18, 2). */
	static final BigDecimal MAXIMUM = new BigDecimal("9999999999999999.99");

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");

	private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d{1,2})?");

	private Figures() {
	}

	/** Empty input is no figure; a negative, malformed or too precise one throws NumberFormatException. */
	static Optional<BigDecimal> parse(String text) throws NumberFormatException {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = text.strip().replaceAll("[\\s\u00a0]", "");
		if (!GROUPED.matcher(value).matches() && !PLAIN.matcher(value).matches()) {
			throw new NumberFormatException(text);
		}
		return Optional.of(new BigDecimal(value.replace(".", "").replace(',', '.')));
	}

	/**
	 * The message code for a figure {@link #parse} refused, wherever it was typed: "-10" is a well-written number that
	 * may not be negative, not a badly written one.
	 */
	static String refusal(String text) {
		String stripped = text.strip();
		return stripped.startsWith("-") && parses(stripped.substring(1)) ? "result.error.figureNegative"
				: "result.error.figureInvalid";
	}

	private static boolean parses(String text) {
		try {
			return parse(text).isPresent();
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	static String format(BigDecimal value) {
		if (value == null) {
			return "";
		}
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.##", symbols).format(value);
	}

}
