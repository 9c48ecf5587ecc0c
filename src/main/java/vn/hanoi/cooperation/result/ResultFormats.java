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

	/** A figure with its unit in the user's language: "45.000 tấn", "15 hội nghị". */
	public String withUnit(UnitOfMeasure unit, BigDecimal value) {
		return unit.figure(this.messages, LocaleContextHolder.getLocale(), value);
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

}
