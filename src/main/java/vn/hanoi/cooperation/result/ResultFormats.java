package vn.hanoi.cooperation.result;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/** Figures in templates ({@code ${@figures.of(...)}}): "300.000", "1,5", "95,2%", "+1.234". */
@Component("figures")
public class ResultFormats {

	public String of(BigDecimal value) {
		return Figures.format(value);
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
