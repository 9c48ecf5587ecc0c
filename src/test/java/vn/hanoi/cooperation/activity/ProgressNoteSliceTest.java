package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.SlicePage;
import vn.hanoi.cooperation.SliceRecords;
import vn.hanoi.cooperation.WebSliceTest;
import vn.hanoi.cooperation.account.SliceSecurity;
import vn.hanoi.cooperation.plan.Plan;
import vn.hanoi.cooperation.system.Names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.SliceRecords.TRADE;
import static vn.hanoi.cooperation.SliceRecords.TRADE_GROUP;

/**
 * The progress note form on an activity's page, without a database: a refused note brings the page back with the
 * reason beside the field in the reader's language and the note as typed; an accepted one is recorded once, then
 * the page shows it. Today is {@link vn.hanoi.cooperation.WebSliceConfiguration#NOW} (15/09/2025).
 */
@WebSliceTest
class ProgressNoteSliceTest {

	static final Activity FAIR = SliceRecords.record(Activity.class, 78,
			"plan", SliceRecords.record(Plan.class, 9, "year", 2025), "group", TRADE_GROUP, "leadDepartment", TRADE,
			"title", "Tuần hàng Điện Biên tại Hà Nội", "status", ActivityStatus.IN_PROGRESS,
			"deadline", LocalDate.of(2025, 12, 31), "version", 1L);

	/** The same activity as its page reads it. */
	static final ActivityFacts FAIR_PAGE = new ActivityFacts(78L, 1L, "Tuần hàng Điện Biên tại Hà Nội", null, 2025,
			TRADE_GROUP.getNumber(), Names.of(TRADE_GROUP),
			TRADE.getId(), Names.of(TRADE), List.of(), List.of(),
			null, null, LocalDate.of(2025, 12, 31), null, null, ActivityStatus.IN_PROGRESS, null, null, false);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ActivityService service;

	@Autowired
	EvidenceService evidence;

	@BeforeEach
	void theActivity() {
		when(this.service.findEditable(eq(78L), any())).thenReturn(FAIR);
		when(this.service.findVisible(eq(78L), any())).thenReturn(FAIR);
		when(this.service.detailOf(eq(78L), any()))
			.thenReturn(new ActivityDetail(FAIR_PAGE, List.of(), List.of(), List.of(), List.of()));
	}

	@Test
	void aNoteDatedTomorrowComesBackWithTheReasonInVietnameseAndAsTyped() {
		MvcTestResult result = note("16/09/2025", "Đã họp trù bị với tỉnh").with(SliceSecurity.staffOf(TRADE)).exchange();
		assertThat(result).hasStatusOk().hasViewName(ActivityController.VIEW_DETAIL);
		assertThat(SlicePage.shown(result)).contains("Ngày cập nhật không được ở tương lai.")
			.contains("value=\"16/09/2025\"")
			.contains(">Đã họp trù bị với tỉnh</textarea>");
		verify(this.service, never()).addProgress(any(), any(), any(), any(), any());
	}

	/** 01/01/2019 on an activity of the 2025 plan is a slip: the year before the plan's is the earliest. */
	@Test
	void aNoteDatedYearsBeforeThePlanIsRefusedWithTheEarliestDay() {
		MvcTestResult result = note("01/01/2019", "Đã họp trù bị với tỉnh").with(SliceSecurity.staffOf(TRADE)).exchange();
		assertThat(SlicePage.shown(result))
			.contains("Ngày cập nhật không được trước 01/01/2024: hoạt động thuộc kế hoạch năm 2025.")
			.contains("value=\"01/01/2019\"");
		assertThat(note("15/12/2024", "Chuẩn bị hồ sơ").with(SliceSecurity.staffOf(TRADE)).exchange()).hasStatus3xxRedirection();
		verify(this.service, never()).addProgress(any(), eq(LocalDate.of(2019, 1, 1)), any(), any(), any());
	}

	@Test
	void theReasonIsInEnglishForAnEnglishReader() {
		MvcTestResult result = this.mvc.post()
			.uri("/activities/78/progress?lang=en")
			.with(csrf())
			.param("notedOn", "15/09/2025")
			.param("note", "  ")
			.with(SliceSecurity.staffOf(TRADE))
			.exchange();
		assertThat(SlicePage.shown(result)).contains("Please write the update.")
			.doesNotContain("Vui lòng nhập nội dung cập nhật.");
		verify(this.service, never()).addProgress(any(), any(), any(), any(), any());
	}

	/** The refused note's page answers a post: its language links lead back to the activity, never to the post. */
	@Test
	void theLanguageLinksOfARefusedNoteLeadToTheActivityPage() {
		MvcTestResult fromThePage = note("16/09/2025", "Đã họp").header("Referer", "http://localhost/activities/78?tab=1")
			.with(SliceSecurity.staffOf(TRADE))
			.exchange();
		assertThat(SlicePage.shown(fromThePage)).contains("href=\"/activities/78?tab=1&lang=en\"")
			.doesNotContain("/progress?lang=");
		MvcTestResult elsewhere = note("16/09/2025", "Đã họp").header("Referer", "http://example.org/activities/78")
			.with(SliceSecurity.staffOf(TRADE))
			.exchange();
		assertThat(SlicePage.shown(elsewhere)).contains("href=\"/?lang=en\"").doesNotContain("/progress?lang=");
	}

	@Test
	void anAcceptedNoteIsRecordedOnceAsTypedAndThePageShowsIt() {
		MvcTestResult result = note("12/09/2025", "  Đã họp trù bị với tỉnh ").with(SliceSecurity.staffOf(TRADE))
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/activities/78#progress");
		assertThat(result).flash().containsEntry("message", "progressAdded");
		verify(this.service, times(1)).addProgress(eq(FAIR), eq(LocalDate.of(2025, 9, 12)),
				eq("Đã họp trù bị với tỉnh"), eq(List.of()), any());
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/activities/78/progress")
			.param("notedOn", "12/09/2025")
			.param("note", "Đã họp")
			.with(SliceSecurity.staffOf(TRADE))
			.exchange()).hasStatus(403);
		verify(this.service, never()).addProgress(any(), any(), any(), any(), any());
	}

	@Test
	void someoneNotSignedInIsSentToTheLoginPage() {
		assertThat(note("12/09/2025", "Đã họp").with(anonymous()).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.startsWith("/login");
		verify(this.service, never()).addProgress(any(), any(), any(), any(), any());
	}

	private MockMvcRequestBuilder note(String notedOn, String note) {
		return this.mvc.post()
			.uri("/activities/78/progress")
			.with(csrf())
			.param("notedOn", notedOn)
			.param("note", note);
	}

}
