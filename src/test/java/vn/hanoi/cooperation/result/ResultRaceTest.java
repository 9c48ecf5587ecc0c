package vn.hanoi.cooperation.result;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.Concurrently;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Twenty requests at once for one step on one result (a double click, two coordinators, a retrying proxy): the
 * step is taken once and recorded once; every other request is told why it was refused, never 500.
 */
@PortalTest
class ResultRaceTest {

	private static final int YEAR = 2025;

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
		this.jdbc.update("delete from form_submissions");
	}

	@Test
	void twentyApprovalsAtOnceApproveOnce() throws Exception {
		Long id = result(ResultStatus.SUBMITTED);
		assertTakenOnce(id, "approve", Role.COORDINATOR, "APPROVED");
		assertThat(this.results.status(id)).isEqualTo("APPROVED");
	}

	@Test
	void twentyReturnsAtOnceReturnOnce() throws Exception {
		Long id = result(ResultStatus.SUBMITTED);
		assertTakenOnce(id, "return", Role.COORDINATOR, "RETURNED");
		assertThat(this.results.status(id)).isEqualTo("RETURNED");
	}

	@Test
	void twentySubmissionsAtOnceSubmitOnce() throws Exception {
		Long id = result(ResultStatus.DRAFT);
		assertTakenOnce(id, "submit", Role.STAFF, "SUBMITTED");
		assertThat(this.results.status(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void twentyLocksAtOnceLockTheYearOnce() throws Exception {
		// Twenty clicks on the confirmation page's button, as the coordinator saw it once.
		String confirmation = TestPages.text(this.mvc.get().uri("/results/years/{year}/lock", YEAR)
			.with(this.accounts.as(Role.COORDINATOR))
			.exchange());
		String seen = TestPages.hidden(confirmation, "seen");
		List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS, () -> this.mvc.post()
			.uri("/results/years/{year}/lock", YEAR)
			.with(csrf())
			.with(this.accounts.as(Role.COORDINATOR))
			.param("confirm", "yes")
			.param("seen", seen)
			.exchange());
		assertThat(answers).allSatisfy(answer -> assertThat(answer).hasRedirectedUrl("/results/years/" + YEAR));
		assertThat(this.jdbc.queryForObject("select count(*) from year_lock_events where year = ? and action = 'LOCKED'",
				Integer.class, YEAR)).isOne();
	}

	@Test
	void twentyClicksOnConfirmOrDisputeRecordOneAnswer() throws Exception {
		Long id = this.results.create("VH.SU_KIEN", YEAR, "SVHTT_2025", "11", "4", "5", ResultStatus.APPROVED);
		for (String answer : List.of("CONFIRMED", "DISPUTED")) {
			String token = page("/results/" + id, Role.PROVINCE)
				.replaceAll("(?s).*name=\"_formToken\" value=\"([0-9a-f-]{36})\".*", "$1");
			List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS, () -> this.mvc.post()
				.uri("/results/{id}/confirmation", id)
				.with(csrf())
				.with(this.accounts.as(Role.PROVINCE))
				.param("_formToken", token)
				.param("answer", answer)
				.param("comment", "Số liệu của tỉnh")
				.param("from", "result")
				.exchange());
			assertThat(answers).allSatisfy(a -> assertThat(a).hasRedirectedUrl("/results/" + id + "#confirmation"));
			assertThat(this.jdbc.queryForObject(
					"select count(*) from province_confirmation_history where result_id = ? and status = ?",
					Integer.class, id, answer)).as(answer).isOne();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from yearly_result_changes where result_id = ?",
				Integer.class, id)).isEqualTo(2);
	}

	private Long result(ResultStatus status) {
		return this.results.create("VH.SU_KIEN", YEAR, "SCT_2025", null, "4", "5", status);
	}

	private void assertTakenOnce(Long id, String step, Role role, String recorded) throws Exception {
		long version = this.results.version(id);
		List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS, () -> this.mvc.post()
			.uri("/results/{id}/{step}", id, step)
			.with(csrf())
			.with(this.accounts.as(role))
			.param("version", String.valueOf(version))
			.param("reason", "Cần bổ sung số liệu")
			.exchange());
		assertThat(answers).allSatisfy(answer -> assertThat(answer).hasRedirectedUrl("/results/" + id));
		assertThat(answers).filteredOn(answer -> answer.getMvcResult().getFlashMap().containsKey("message")).hasSize(1);
		// Those that read the result before the winner committed lost on its version, the later ones on its state.
		assertThat(answers).filteredOn(answer -> answer.getMvcResult().getFlashMap().containsKey("refusal"))
			.hasSize(Concurrently.REQUESTS - 1)
			.allSatisfy(answer -> assertThat(answer.getMvcResult().getFlashMap().get("refusal"))
				.isIn("resultChangedMeanwhile", "resultStateRefused"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from yearly_result_changes where result_id = ? and action = ?", Integer.class, id,
				recorded)).isOne();
		assertThat(this.results.version(id)).isEqualTo(version + 1);
	}

	private String page(String url, Role role) throws Exception {
		MvcTestResult result = this.mvc.get().uri(url).with(this.accounts.as(role)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
