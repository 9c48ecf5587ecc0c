package vn.hanoi.cooperation.dashboard;

import org.springframework.context.i18n.LocaleContextHolder;

/** A dashboard row named in both languages. */
interface Named {

	String nameVi();

	String nameEn();

	default String name() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? nameEn() : nameVi();
	}

}
