package vn.hanoi.cooperation.result;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The year whose missing figures "My work" lists: last year's gaps stay in front of departments through the first
 * quarter (or up to the configured day) while the year is open, instead of every indicator of a year just begun.
 */
class ReportingYearTest {

	private static final MonthDay END_OF_MARCH = MonthDay.of(3, 31);

	@Test
	void inTheFirstQuarterLastYearIsStillAskedForWhileItIsOpen() {
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2027, 1, 1), END_OF_MARCH, Set.of())).isEqualTo(2026);
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2027, 3, 31), END_OF_MARCH, Set.of(2025))).isEqualTo(2026);
	}

	@Test
	void fromAprilOrOnceLastYearIsLockedThisYearIsAskedFor() {
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2027, 4, 1), END_OF_MARCH, Set.of())).isEqualTo(2027);
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2027, 1, 2), END_OF_MARCH, Set.of(2026))).isEqualTo(2027);
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2026, 11, 29), END_OF_MARCH, Set.of())).isEqualTo(2026);
	}

	@Test
	void aLockedYearIsNeverAskedForAndTheLatestOpenOneBeforeItIs() {
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2026, 6, 1), END_OF_MARCH, Set.of(2026))).isEqualTo(2025);
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2027, 2, 1), END_OF_MARCH, Set.of(2026, 2027)))
			.isEqualTo(2025);
		assertThat(ReportingDuty.reportingYear(LocalDate.of(2022, 2, 1), END_OF_MARCH, Set.of(2021, 2022))).isNull();
	}

	@Test
	void theLastDayOfLastYearIsConfigurableAndTheEndOfMarchByDefault() {
		portal("2027-02-15", null).run(context -> assertThat(context.getBean(ReportingYear.class).today())
			.as("end of March by default").isEqualTo(2026));
		portal("2027-02-15", "--01-31").run(context -> assertThat(context.getBean(ReportingYear.class).today())
			.as("after 31 January").isEqualTo(2027));
		portal("2027-01-31", "--01-31").run(context -> assertThat(context.getBean(ReportingYear.class).today())
			.as("on the day itself").isEqualTo(2026));
		portal("2027-06-30", "--06-30").run(context -> assertThat(context.getBean(ReportingYear.class).today())
			.isEqualTo(2026));
	}

	@Test
	void aCutOffThatIsNotADayStopsTheStartSayingWhatItMustBe() {
		for (String wrong : new String[] { "31/03", "03-31", "--02-30", "" }) {
			portal("2027-02-15", wrong).run(context -> {
				assertThat(context).as(wrong).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("portal.reporting.previous-year-until must be a day of the year written "
							+ "--MM-DD (--03-31 for the end of March), not '" + wrong + "'");
			});
		}
	}

	/** Just the reporting year's bean, on a fixed Hanoi day, with no year locked. */
	private static ApplicationContextRunner portal(String today, String previousYearUntil) {
		YearLocks locks = mock(YearLocks.class);
		when(locks.lockedYears()).thenReturn(Set.of());
		ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");
		Clock clock = Clock.fixed(LocalDate.parse(today).atStartOfDay(hanoi).plusHours(9).toInstant(), hanoi);
		ApplicationContextRunner runner = new ApplicationContextRunner().withBean(YearLocks.class, () -> locks)
			.withBean(Clock.class, () -> clock)
			.withUserConfiguration(ReportingYear.class);
		return previousYearUntil == null ? runner
				: runner.withPropertyValues(ReportingYear.PROPERTY + "=" + previousYearUntil);
	}

}
