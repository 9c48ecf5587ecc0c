package vn.hanoi.cooperation.activity;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.i18n.LocaleContextHolder;

/** One line of the activity list, read in SQL with what the line shows. */
public record ActivityRow(Long id, String title, int year, int groupNumber, String groupNameVi, String groupNameEn,
		String departmentNameVi, String departmentNameEn, String provincesVi, String provincesEn,
		ActivityStatus status, LocalDate deadline, LocalDate completedOn, Instant lastUpdateAt,
		DeadlineStatus deadlineStatus) {

	public String groupName() {
		return english() ? this.groupNameEn : this.groupNameVi;
	}

	public String departmentName() {
		return english() ? this.departmentNameEn : this.departmentNameVi;
	}

	public String provinces() {
		return english() ? this.provincesEn : this.provincesVi;
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
