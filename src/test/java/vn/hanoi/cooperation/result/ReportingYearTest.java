package vn.hanoi.cooperation.result;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year whose missing figures "My work" lists: last year's gaps stay in front of departments through the first
 * quarter while the year is open, instead of every indicator of a year just begun.
 */
class ReportingYearTest {

	@Test
	void inTheFirstQuarterLastYearIsStillAskedForWhileItIsOpen() {
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2027, 1, 1), Set.of())).isEqualTo(2026);
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2027, 3, 31), Set.of(2025))).isEqualTo(2026);
	}

	@Test
	void fromAprilOrOnceLastYearIsLockedThisYearIsAskedFor() {
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2027, 4, 1), Set.of())).isEqualTo(2027);
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2027, 1, 2), Set.of(2026))).isEqualTo(2027);
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2026, 11, 29), Set.of())).isEqualTo(2026);
	}

	@Test
	void aLockedYearIsNeverAskedForAndTheLatestOpenOneBeforeItIs() {
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2026, 6, 1), Set.of(2026))).isEqualTo(2025);
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2027, 2, 1), Set.of(2026, 2027))).isEqualTo(2025);
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2022, 2, 1), Set.of(2021, 2022))).isNull();
	}

}
