package vn.hanoi.cooperation.activity;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and writes amounts of đồng: whole numbers, with the dots Vietnamese users put between thousands. */
final class Money {

	/** numeric(18, 0): at most 18 digits. */
	static final BigDecimal MAXIMUM = new BigDecimal("999999999999999999");

	/** Plain digits, or thousands grouped throughout by dots (1.500.000) or by spaces (1 500 000). */
	private static final Pattern WHOLE = Pattern
		.compile("-?\\d+|-?\\d{1,3}(\\.\\d{3})+|-?\\d{1,3}([ \u00a0]\\d{3})+");

	/** Digits with separators that group nothing: a decimal part ("1.500.000,5", "1500000.75", "1,5"). */
	private static final Pattern NOT_WHOLE = Pattern.compile("-?\\d[\\d., \u00a0]*");

	private Money() {
	}

	/** An amount written with a decimal part, or with separators that are not thousands. */
	static final class NotWhole extends NumberFormatException {

		NotWhole(String text) {
			super(text);
		}

	}

	/**
	 * Empty input is no amount; otherwise digits, optionally grouped in thousands. Anything after a comma, or a dot
	 * that does not group thousands, is a decimal part: it used to be read as more digits (15 for "1,5").
	 */
	static Optional<BigDecimal> parse(String text) throws NumberFormatException {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = text.strip();
		if (WHOLE.matcher(value).matches()) {
			return Optional.of(new BigDecimal(value.replaceAll("[. \u00a0]", "")));
		}
		throw NOT_WHOLE.matcher(value).matches() ? new NotWhole(text) : new NumberFormatException(text);
	}

	static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.toPlainString();
	}

}
