package vn.hanoi.cooperation.system;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How the portal writes dates, times and money, in both languages as Vietnamese administration does:
 * {@code 06/07/2022}, {@code 06/07/2022 14:30} (Hanoi time), {@code 1.500.000.000}. Templates call it as
 * {@code ${@formats.day(...)}}.
 */
@Component("formats")
public class DisplayFormats {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ClockConfiguration.HANOI);

	public String day(LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	public String moment(Instant instant) {
		return instant == null ? "" : MOMENT.format(instant);
	}

	/** Whole đồng with dots between thousands. */
	public String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator('.');
		return new DecimalFormat("#,##0", symbols).format(amount);
	}

	/** A figure with up to two decimals, written the Vietnamese way: 1.979 and 1,5. */
	public String decimal(BigDecimal value) {
		if (value == null) {
			return "";
		}
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.##", symbols).format(value);
	}

	public String number(long value) {
		return money(BigDecimal.valueOf(value));
	}

}
