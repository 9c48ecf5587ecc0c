package vn.hanoi.cooperation.system;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/** A record named in Vietnamese and English; templates call {@code name()} for the user's language. */
public interface Localized {

	String getNameVi();

	String getNameEn();

	default String name() {
		return nameIn(LocaleContextHolder.getLocale());
	}

	default String nameIn(Locale locale) {
		return "en".equals(locale.getLanguage()) ? getNameEn() : getNameVi();
	}

}
