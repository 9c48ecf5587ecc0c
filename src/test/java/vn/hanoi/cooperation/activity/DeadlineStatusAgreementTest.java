package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's {@code deadline_status} (V70), which every list, filter and dashboard query uses, and its Java
 * mirror {@link DeadlineStatus#of} for one record give the same answer for every status, deadline and completion.
 */
@PortalTest
class DeadlineStatusAgreementTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSqlFunctionAndTheJavaMirrorAgreeOnEveryCombination() {
		// Past, today, within the due-soon window, far ahead, none.
		List<LocalDate> deadlines = Arrays.asList(TODAY.minusDays(30), TODAY,
				TODAY.plusDays(ActivityAttention.DUE_SOON_DAYS - 1), TODAY.plusDays(400), null);
		List<String> disagreements = new ArrayList<>();
		int checked = 0;
		for (ActivityStatus status : ActivityStatus.values()) {
			for (LocalDate deadline : deadlines) {
				for (LocalDate completedOn : completions(deadline)) {
					DeadlineStatus java = DeadlineStatus.of(status, deadline, completedOn, TODAY);
					String sql = this.jdbc
						.sql("select deadline_status(cast(:status as text), cast(:deadline as date), "
								+ "cast(:completedOn as date), cast(:today as date))")
						.param("status", status.name())
						.param("deadline", deadline)
						.param("completedOn", completedOn)
						.param("today", TODAY)
						.query(String.class)
						.single();
					if (!java.name().equals(sql)) {
						disagreements.add(status + " due " + deadline + " completed " + completedOn + ": Java "
								+ java + ", SQL " + sql);
					}
					checked++;
				}
			}
		}
		assertThat(disagreements).isEmpty();
		assertThat(checked).isEqualTo(ActivityStatus.values().length * (4 * 4 + 3));
	}

	/** None, well before the deadline, on it, after it (for no deadline: none, in the past, today). */
	private static List<LocalDate> completions(LocalDate deadline) {
		if (deadline == null) {
			return Arrays.asList(null, TODAY.minusDays(60), TODAY);
		}
		return Arrays.asList(null, deadline.minusDays(10), deadline, deadline.plusDays(3));
	}

}
