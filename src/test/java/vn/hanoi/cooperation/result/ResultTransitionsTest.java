package vn.hanoi.cooperation.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * For each role and each state, which workflow steps are allowed and which are refused, posted over HTTP with a
 * valid CSRF token: a step that is never the user's answers 404, a step the state or a locked year forbids
 * answers with a message, and neither changes the result.
 */
@PortalTest
class ResultTransitionsTest {

	private static final int YEAR = 2024;

	enum Outcome {

		DONE, REFUSED, LOCKED, NOT_FOUND

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestResults results;

	@BeforeEach
	void claimYear() {
		this.results = new TestResults(this.jdbc).year(YEAR);
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	/** The rule, written out independently of ResultAccess. */
	static Outcome expected(String who, ResultStatus state, ResultTransition step, boolean locked) {
		boolean review = step == ResultTransition.APPROVE || step == ResultTransition.RETURN;
		boolean entitled = switch (who) {
			case "COORDINATOR" -> true;
			case "ADMIN", "STAFF_OWN" -> !review;
			default -> false; // LEADER, STAFF of another department, PROVINCE
		};
		if (!entitled) {
			return Outcome.NOT_FOUND;
		}
		if (locked) {
			return Outcome.LOCKED;
		}
		boolean stateAllows = review ? state == ResultStatus.SUBMITTED
				: state == ResultStatus.DRAFT || state == ResultStatus.RETURNED;
		return stateAllows ? Outcome.DONE : Outcome.REFUSED;
	}

	@Test
	void everyRoleStateAndStepInAnOpenYear() {
		assertMatrix(false);
	}

	@Test
	void aLockedYearRefusesEveryStepToEveryone() {
		this.jdbc.update("insert into locked_years (year, locked_by_name) values (?, 'Điều phối')", YEAR);
		assertMatrix(true);
	}

	private void assertMatrix(boolean locked) {
		Map<String, PortalUser> viewers = Map.of("ADMIN", this.accounts.principal(Role.ADMIN), "COORDINATOR",
				this.accounts.principal(Role.COORDINATOR), "LEADER", this.accounts.principal(Role.LEADER), "STAFF_OWN",
				this.accounts.principal(Role.STAFF), "STAFF_OTHER", this.accounts.staffOf("SYT_2025"), "PROVINCE",
				this.accounts.principal(Role.PROVINCE));
		List<String> mismatches = new ArrayList<>();
		int checked = 0;
		for (var viewer : viewers.entrySet()) {
			for (ResultStatus state : ResultStatus.values()) {
				for (ResultTransition step : ResultTransition.values()) {
					// Shared with Điện Biên, so that the province officer can read the approved one.
					Long id = this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", "11", "10", "12", state);
					Outcome actual = attempt(viewer.getValue(), step, id, state);
					Outcome wanted = expected(viewer.getKey(), state, step, locked);
					if (actual != wanted) {
						mismatches.add("%s %s %s: %s, expected %s".formatted(viewer.getKey(), state, step, actual,
								wanted));
					}
					checked++;
					this.jdbc.update("delete from yearly_results where id = ?", id);
				}
			}
		}
		assertThat(checked).isEqualTo(6 * 4 * 5);
		assertThat(mismatches).isEmpty();
	}

	private Outcome attempt(PortalUser user, ResultTransition step, Long id, ResultStatus before) {
		String version = String.valueOf(this.results.version(id));
		var request = switch (step) {
			case EDIT -> this.mvc.post()
				.uri("/results/{id}/edit", id)
				.param("indicatorId", indicator("TM.TUAN_HANG"))
				.param("target", "10")
				.param("actual", "13");
			case DELETE -> this.mvc.post().uri("/results/{id}/delete", id);
			case SUBMIT -> this.mvc.post().uri("/results/{id}/submit", id);
			case APPROVE -> this.mvc.post().uri("/results/{id}/approve", id);
			case RETURN -> this.mvc.post().uri("/results/{id}/return", id).param("reason", "Cần bổ sung số liệu");
		};
		MvcTestResult result = request.param("version", version).with(as(user)).with(csrf()).exchange();
		int status = result.getResponse().getStatus();
		if (status == 404) {
			assertUnchanged(id, before, version);
			return Outcome.NOT_FOUND;
		}
		Object refusal = result.getMvcResult().getFlashMap().get("refusal");
		if ("resultYearLocked".equals(refusal)) {
			assertUnchanged(id, before, version);
			return Outcome.LOCKED;
		}
		if ("resultStateRefused".equals(refusal)) {
			assertUnchanged(id, before, version);
			return Outcome.REFUSED;
		}
		assertThat(status).as("%s on %s", step, before).isEqualTo(302);
		assertThat(refusal).isNull();
		String after = this.results.status(id);
		switch (step) {
			case EDIT -> assertThat(this.results.actual(id)).isEqualByComparingTo("13");
			case DELETE -> assertThat(after).isNull();
			case SUBMIT -> assertThat(after).isEqualTo("SUBMITTED");
			case APPROVE -> assertThat(after).isEqualTo("APPROVED");
			case RETURN -> assertThat(after).isEqualTo("RETURNED");
		}
		return Outcome.DONE;
	}

	private void assertUnchanged(Long id, ResultStatus before, String version) {
		assertThat(this.results.status(id)).isEqualTo(before.name());
		assertThat(String.valueOf(this.results.version(id))).isEqualTo(version);
	}

	private String indicator(String code) {
		return String.valueOf(this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, code));
	}

	@Test
	void theRuleInCodeMatchesTheRuleWrittenOut() {
		// Keeps the table above honest: every outcome occurs.
		Set<Outcome> seen = new java.util.HashSet<>();
		for (String who : List.of("ADMIN", "COORDINATOR", "LEADER", "STAFF_OWN", "STAFF_OTHER", "PROVINCE")) {
			for (ResultStatus state : ResultStatus.values()) {
				for (ResultTransition step : ResultTransition.values()) {
					seen.add(expected(who, state, step, false));
					seen.add(expected(who, state, step, true));
				}
			}
		}
		assertThat(seen).containsExactlyInAnyOrder(Outcome.values());
	}

}
