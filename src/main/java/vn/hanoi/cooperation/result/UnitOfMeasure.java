package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What an indicator's figures are counted in, in words: "tấn", "tỷ đồng", or for a count the indicator's own noun
 * ("hội nghị", "đoàn"). Every page, export and report names units and writes figures through here.
 */
public record UnitOfMeasure(IndicatorUnit kind, String countNounVi, String countNounEn) {

	private static final String ENGLISH = "en";

	/** The unit column's word: "tấn", "hội nghị". */
	public String label(MessageSource messages, Locale locale) {
		return this.kind == IndicatorUnit.COUNT ? countNoun(locale)
				: messages.getMessage(this.kind.messageKey(), null, locale);
	}

	/**
	 * The unit column's word as an argument of another message, resolved in the reader's language: a count's own
	 * noun, or "số lượng" for a count whose noun is not known.
	 */
	public MessageSourceResolvable word() {
		if (this.kind != IndicatorUnit.COUNT) {
			return new DefaultMessageSourceResolvable(this.kind.messageKey());
		}
		if (this.countNounVi == null) {
			return new DefaultMessageSourceResolvable("indicator.countUnnamed");
		}
		return new DefaultMessageSourceResolvable(new String[] { "indicator.countNoun" },
				new Object[] { this.countNounVi, this.countNounEn });
	}

	/**
	 * A figure with its unit: "45.000 tấn", "95%", "15 hội nghị"; in English a figure of one takes the singular
	 * ("1 tonne", "1 conference").
	 */
	public String figure(MessageSource messages, Locale locale, BigDecimal value) {
		String noun = countNoun(locale);
		String singular = ENGLISH.equals(locale.getLanguage()) ? EnglishNouns.singular(noun) : noun;
		return messages.getMessage(this.kind.figureKey(),
				new Object[] { Figures.format(value), noun, value != null ? value : BigDecimal.ZERO, singular }, locale);
	}

	private String countNoun(Locale locale) {
		return ENGLISH.equals(locale.getLanguage()) ? this.countNounEn : this.countNounVi;
	}

}
