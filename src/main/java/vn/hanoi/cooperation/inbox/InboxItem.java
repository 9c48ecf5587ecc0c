package vn.hanoi.cooperation.inbox;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One thing waiting for someone, linking to where it is done. Computed from the records each time, so an item
 * leaves the inbox as soon as the work is done.
 *
 * @param at when it happened (returned, commented, submitted…), or null
 * @param day the day it is due or expires, or null
 * @param first a count or year the section's message uses, or null
 * @param second another count, or null
 */
public record InboxItem(String href, String titleVi, String titleEn, String detailVi, String detailEn, Instant at,
		LocalDate day, Integer first, Integer second) {

	public String title() {
		return english() ? this.titleEn : this.titleVi;
	}

	public String detail() {
		return english() ? this.detailEn : this.detailVi;
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
