package vn.hanoi.cooperation.province;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import vn.hanoi.cooperation.system.DisplayFormats;

/**
 * A unit's name as SQL writes it into titles and notices, marked when the unit has ended ("Điện Biên (đơn vị trước
 * 01/07/2025)"), as the pages mark it (message {@code activity.formerUnit}): Điện Biên of 2008 and of 2025 would
 * otherwise read alike.
 */
public final class UnitNames {

	private UnitNames() {
	}

	/** The name of the province row {@code alias} in {@code language} ("vi" or "en"), on {@link #parameters}. */
	public static String sql(String alias, String language) {
		return "%1$s.name_%2$s || case when %1$s.valid_to is null then '' else ' ' || :formerUnit%3$s end"
			.formatted(alias, language, "vi".equals(language) ? "Vi" : "En");
	}

	/**
	 * The values {@link #sql} names: the mark of a former unit in both languages. One mark for every row: each unit
	 * that ended did so the day before the 34-unit map (V2), the day the pages' mark names.
	 */
	public static Map<String, Object> parameters(MessageSource messages, DisplayFormats formats) {
		Object[] day = { formats.day(Province.MERGER_DAY) };
		return Map.of("formerUnitVi", messages.getMessage("activity.formerUnit", day, Locale.forLanguageTag("vi")),
				"formerUnitEn", messages.getMessage("activity.formerUnit", day, Locale.ENGLISH));
	}

}
