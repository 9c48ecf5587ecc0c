package vn.hanoi.cooperation.activity;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads and writes amounts of đồng: whole numbers, with the dots Vietnamese users put between thousands. */
final class Money {

	/** numeric(18, 0): at most 18 digits. */
	static final BigDecimal MAXIMUM = new BigDecimal("999999999999999999");

	private Money() {
	}

	/** Empty input is no amount; otherwise digits, optionally grouped by dots, commas or spaces. */
	static Optional<BigDecimal> parse(String text) throws NumberFormatException {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String digits = text.strip().replaceAll("[.,\\s\u00a0]", "");
		if (!digits.matches("-?\\d+")) {
			throw new NumberFormatException(text);
		}
		return Optional.of(new BigDecimal(digits));
	}

	static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.toPlainString();
	}

}
