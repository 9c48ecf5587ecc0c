package vn.hanoi.cooperation.result;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What an indicator's figures are counted in, in words: "tấn", "tỷ đồng", or for a count the indicator's own noun
 * ("hội nghị", "đoàn"). Every page, export and report names units and writes figures through here.
 */
public record UnitOfMeasure(IndicatorUnit kind, String countNounVi, String countNounEn) {

	/** The unit column's word: "tấn", "hội nghị". */
	public String label(MessageSource messages, Locale locale) {
		return this.kind == IndicatorUnit.COUNT ? countNoun(locale)
				: messages.getMessage(this.kind.messageKey(), null, locale);
	}

	/** A figure with its unit: "45.000 tấn", "95%", "15 hội nghị". */
	public String figure(MessageSource messages, Locale locale, String number) {
		return messages.getMessage(this.kind.figureKey(), new Object[] { number, countNoun(locale) }, locale);
	}

	private String countNoun(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.countNounEn : this.countNounVi;
	}

}
