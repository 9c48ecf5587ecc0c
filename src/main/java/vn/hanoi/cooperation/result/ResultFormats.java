package vn.hanoi.cooperation.result;

import java.math.BigDecimal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Figures in templates ({@code ${@figures.of(...)}}): "300.000", "1,5", "95,2%", "+1.234", "15 hội nghị". */
@Component("figures")
public class ResultFormats {

	private final MessageSource messages;

	ResultFormats(MessageSource messages) {
		this.messages = messages;
	}

	public String of(BigDecimal value) {
		return Figures.format(value);
	}

	/** The unit column's word in the user's language: "tấn", "hội nghị". */
	public String unit(UnitOfMeasure unit) {
		return unit.label(this.messages, LocaleContextHolder.getLocale());
	}

	/** A figure with its unit in the user's language: "45.000 tấn", "15 hội nghị"; no figure, "". */
	public String withUnit(UnitOfMeasure unit, BigDecimal value) {
		return value == null ? "" : unit.figure(this.messages, LocaleContextHolder.getLocale(), value);
	}

	public String percent(BigDecimal value) {
		return value == null ? "" : Figures.format(value) + "%";
	}

	public String signed(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return (value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "") + Figures.format(value.abs());
	}

	/**
	 * A change from the year before: "+25.000" when exact; in words when only a bound, for "tối đa −10.000" reads
	 * as a fall of at most 10.000 when it means one of at least 10.000: "tăng tối đa 25.000", "giảm trên 10.000".
	 */
	public String change(YearChange change) {
		if (change == null || !change.known()) {
			return "—";
		}
		if (change.exact()) {
			return signed(change.amount());
		}
		if (change.amount().signum() == 0) {
			return text(change.bound() == YearChange.Bound.AT_LEAST ? "results.change.noFall" : "results.change.noRise");
		}
		return text("results.change." + (change.amount().signum() > 0 ? "rise" : "fall") + "." + qualifier(change),
				Figures.format(change.amount().abs()));
	}

	/** The change against last year's figure, qualified as the change is: "(+8,1%)", "(tối đa 8,1%)"; or "". */
	public String changePercent(YearChange change) {
		if (change == null || change.percent() == null || change.amount().signum() == 0) {
			return "";
		}
		if (change.exact()) {
			return "(" + signed(change.percent()) + "%)";
		}
		return text("results.change.percent." + qualifier(change), percent(change.percent().abs()));
	}

	/** Why a change is only a bound or unknown, for the cell's title; null when it is exact. */
	public String changeExplanation(YearChange change) {
		if (change == null || change.exact()) {
			return null;
		}
		return text("results.change.explained." + change.bound().name());
	}

	private static String qualifier(YearChange change) {
		return change.sizeAtLeast() ? "over" : "atMost";
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
