package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.cooperation.agreement.AgreementStatus.EXPIRED;
import static vn.hanoi.cooperation.agreement.AgreementStatus.IN_FORCE;
import static vn.hanoi.cooperation.agreement.AgreementStatus.NOT_YET_IN_FORCE;
import static vn.hanoi.cooperation.agreement.AgreementStatus.TERMINATED;

/** The status at its date edges: the first and last day of validity are in force, the day after is not. */
class AgreementStatusTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	@Test
	void signedTodayWithoutAStartOfValidityIsInForceToday() {
		assertThat(AgreementStatus.of(TODAY, null, null, null, TODAY)).isEqualTo(IN_FORCE);
		assertThat(AgreementStatus.of(TODAY, TODAY, TODAY.plusYears(5), null, TODAY)).isEqualTo(IN_FORCE);
	}

	@Test
	void signedTodayButValidFromTomorrowIsNotYetInForce() {
		assertThat(AgreementStatus.of(TODAY, TODAY.plusDays(1), null, null, TODAY)).isEqualTo(NOT_YET_IN_FORCE);
	}

	@Test
	void withoutAnyDateItIsNotYetInForce() {
		assertThat(AgreementStatus.of(null, null, null, null, TODAY)).isEqualTo(NOT_YET_IN_FORCE);
	}

	@Test
	void validToYesterdayHasExpiredAndValidToTodayIsStillInForce() {
		LocalDate signed = TODAY.minusYears(3);
		assertThat(AgreementStatus.of(signed, null, TODAY.minusDays(1), null, TODAY)).isEqualTo(EXPIRED);
		assertThat(AgreementStatus.of(signed, null, TODAY, null, TODAY)).isEqualTo(IN_FORCE);
	}

	@Test
	void terminatedFromTodayIsTerminatedWhateverItsDatesSay() {
		LocalDate signed = TODAY.minusYears(1);
		assertThat(AgreementStatus.of(signed, null, TODAY.plusYears(2), TODAY, TODAY)).isEqualTo(TERMINATED);
		assertThat(AgreementStatus.of(signed, null, TODAY.minusDays(10), TODAY.minusDays(30), TODAY))
			.isEqualTo(TERMINATED);
	}

	@Test
	void aTerminationThatTakesEffectTomorrowLeavesItInForceToday() {
		assertThat(AgreementStatus.of(TODAY.minusYears(1), null, null, TODAY.plusDays(1), TODAY)).isEqualTo(IN_FORCE);
	}

	@Test
	void theStatusLastChangedOnTheDayItTookEffectExpiredOrEndedWhicheverIsLatestUpToToday() {
		LocalDate signed = TODAY.minusYears(3);
		assertThat(AgreementStatus.changedOn(signed, null, null, null, TODAY)).isEqualTo(signed);
		assertThat(AgreementStatus.changedOn(signed, signed.plusDays(5), TODAY.plusDays(1), null, TODAY))
			.as("still in force today: it changed when it took effect").isEqualTo(signed.plusDays(5));
		assertThat(AgreementStatus.changedOn(signed, null, TODAY.minusDays(1), null, TODAY))
			.as("expired from the day after its valid-to day").isEqualTo(TODAY);
		assertThat(AgreementStatus.changedOn(signed, null, null, TODAY.minusDays(2), TODAY)).isEqualTo(TODAY.minusDays(2));
		assertThat(AgreementStatus.changedOn(TODAY.plusDays(1), null, null, null, TODAY)).as("not yet signed").isNull();
	}

}
