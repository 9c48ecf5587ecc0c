package vn.hanoi.cooperation.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.hanoi.cooperation.SlicePage;
import vn.hanoi.cooperation.SliceRecords;
import vn.hanoi.cooperation.WebSliceTest;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.SliceSecurity;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.plan.Plan;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.province.Provinces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.SliceRecords.DIEN_BIEN;
import static vn.hanoi.cooperation.SliceRecords.HEALTH;
import static vn.hanoi.cooperation.SliceRecords.TRADE;
import static vn.hanoi.cooperation.SliceRecords.TRADE_GROUP;

/**
 * The activity form as its user sees it, without a database: a refused entry comes back with the reason beside the
 * field in the user's language and everything typed, and nothing is saved; an accepted one is saved once and
 * redirects; a post without its CSRF token, or from someone not signed in, is refused.
 */
@WebSliceTest
class ActivityFormSliceTest {

	static final Plan PLAN_2025 = SliceRecords.record(Plan.class, 9, "year", 2025, "number", "12/KH-UBND", "groups",
			new LinkedHashSet<>(Set.of(TRADE_GROUP)));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ActivityService service;

	@Autowired
	Plans plans;

	@Autowired
	Departments departments;

	@Autowired
	Provinces provinces;

	@BeforeEach
	void referenceData() {
		when(this.plans.findOpenForActivities()).thenReturn(List.of(PLAN_2025));
		when(this.plans.findByYear(2025)).thenReturn(Optional.of(PLAN_2025));
		when(this.departments.findValidOn(any())).thenReturn(List.of(TRADE, HEALTH));
		when(this.departments.findById(TRADE.getId())).thenReturn(Optional.of(TRADE));
		when(this.departments.findById(HEALTH.getId())).thenReturn(Optional.of(HEALTH));
		when(this.provinces.findValidOn(any())).thenReturn(List.of(DIEN_BIEN));
		when(this.provinces.findByIdIn(List.of(DIEN_BIEN.getId()))).thenReturn(List.of(DIEN_BIEN));
	}

	@Test
	void aRefusedEntryComesBackWithTheReasonsInVietnameseAndEverythingTyped() {
		MvcTestResult result = post(invalid("/activities/new")).with(SliceSecurity.staffOf(TRADE)).exchange();
		assertThat(result).hasStatusOk().hasViewName(ActivityFormController.VIEW_FORM);
		assertThat(SlicePage.shown(result)).contains("Vui lòng nhập tên hoạt động.")
			.contains("Số tiền chỉ gồm chữ số")
			.contains("Hạn hoàn thành không được trước ngày bắt đầu.")
			.contains("Ngày hoàn thành không được ở tương lai.")
			.contains("Vui lòng tóm tắt kết quả đạt được.")
			.contains("Số tiền không được âm.")
			.contains("Có địa phương không tồn tại trong danh mục.")
			.contains("value=\"mười triệu\"")
			.contains(">Mô tả vẫn còn nguyên</textarea>")
			.contains("value=\"01/09/2025\"");
		verifyNoInteractions(this.service);
	}

	@Test
	void theReasonsAreInEnglishForAnEnglishReader() {
		assertThat(post(invalid("/activities/new?lang=en")).with(SliceSecurity.staffOf(TRADE)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("Please enter a title.")
			.contains("Amounts are digits only")
			.contains("The deadline cannot be before the planned start.")
			.doesNotContain("Vui lòng nhập tên hoạt động.");
		// The language chosen once is remembered in its cookie.
		assertThat(post(invalid("/activities/new")).cookie(new Cookie("portal-lang", "en"))
			.with(SliceSecurity.staffOf(TRADE))
			.exchange()).bodyText().contains("Please enter a title.");
		verifyNoInteractions(this.service);
	}

	@Test
	void aTitleOfNoBreakSpacesIsRefused() {
		MultiValueMap<String, String> params = validParams();
		params.set("title", "\u00a0\u202f\u00a0");
		assertThat(SlicePage.shown(post(this.mvc.post().uri("/activities/new").params(params))
			.with(SliceSecurity.staffOf(TRADE))
			.exchange())).contains("Vui lòng nhập tên hoạt động.");
		verifyNoInteractions(this.service);
	}

	@Test
	void anAcceptedEntryIsSavedOnceAsTypedAndTheUserIsSentToIt() {
		Activity saved = SliceRecords.record(Activity.class, 77);
		when(this.service.createUnlessTitleTaken(any(), any())).thenReturn(new ActivityService.Creation(saved, null));
		MvcTestResult result = post(valid("/activities/new"))
			// Staff lead their own department's activities, whatever the form says.
			.param("leadDepartmentId", HEALTH.getId().toString())
			.with(SliceSecurity.staffOf(TRADE))
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/activities/77");
		assertThat(result).flash().containsEntry("message", "activityCreated");
		ArgumentCaptor<ActivityDraft> draft = ArgumentCaptor.forClass(ActivityDraft.class);
		ArgumentCaptor<Viewer> viewer = ArgumentCaptor.forClass(Viewer.class);
		verify(this.service, times(1)).createUnlessTitleTaken(draft.capture(), viewer.capture());
		assertThat(draft.getValue().title()).isEqualTo("Tuần hàng Điện Biên tại Hà Nội");
		assertThat(draft.getValue().plan()).isSameAs(PLAN_2025);
		assertThat(draft.getValue().group()).isSameAs(TRADE_GROUP);
		assertThat(draft.getValue().leadDepartment()).isSameAs(TRADE);
		assertThat(draft.getValue().partnerProvinces()).containsExactly(DIEN_BIEN);
		assertThat(draft.getValue().plannedStart()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(draft.getValue().deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(draft.getValue().status()).isEqualTo(ActivityStatus.PLANNED);
		assertThat(draft.getValue().budgetPlanned()).isEqualByComparingTo(new BigDecimal("1500000000"));
		assertThat(draft.getValue().sharedWithProvinces()).isTrue();
		assertThat(viewer.getValue().role()).isEqualTo(Role.STAFF);
	}

	@Test
	void anEditIsSavedOnceOverTheVersionTheUserStartedFrom() {
		Activity activity = SliceRecords.record(Activity.class, 78, "plan", PLAN_2025, "group", TRADE_GROUP,
				"leadDepartment", TRADE, "title", "Tên cũ", "version", 3L);
		when(this.service.findEditable(eq(78L), any())).thenReturn(activity);
		MvcTestResult refused = post(invalid("/activities/78/edit")).param("version", "3")
			.with(SliceSecurity.staffOf(TRADE))
			.exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("Vui lòng nhập tên hoạt động.").contains("value=\"mười triệu\"");
		verify(this.service, never()).update(any(), any(), any());

		MvcTestResult saved = post(valid("/activities/78/edit")).param("version", "3")
			.with(SliceSecurity.staffOf(TRADE))
			.exchange();
		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/activities/78");
		ArgumentCaptor<ActivityDraft> draft = ArgumentCaptor.forClass(ActivityDraft.class);
		verify(this.service, times(1)).update(eq(activity), draft.capture(), any());
		assertThat(draft.getValue().title()).isEqualTo("Tuần hàng Điện Biên tại Hà Nội");
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/activities/new")
			.params(validParams())
			.with(SliceSecurity.staffOf(TRADE))
			.exchange()).hasStatus(403);
		verifyNoInteractions(this.service);
	}

	@Test
	void someoneNotSignedInIsSentToTheLoginPage() {
		assertThat(this.mvc.get().uri("/activities/new").with(anonymous()).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.startsWith("/login");
		assertThat(post(valid("/activities/new")).with(anonymous()).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.startsWith("/login");
		verifyNoInteractions(this.service);
	}

	@Test
	void aLeaderWhoEntersNothingFindsNoForm() {
		assertThat(this.mvc.get().uri("/activities/new").with(SliceSecurity.as(Role.LEADER)).exchange())
			.hasStatus(404);
		assertThat(post(valid("/activities/new")).with(SliceSecurity.as(Role.LEADER)).exchange()).hasStatus(404);
		verifyNoInteractions(this.service);
	}

	private MockMvcRequestBuilder post(MockMvcRequestBuilder request) {
		return request.with(csrf());
	}

	/**
	 * A title left blank, a deadline before the start, completed in the future without a summary, an amount in words
	 * and a negative one, a province that does not exist; a description that must survive.
	 */
	private MockMvcRequestBuilder invalid(String uri) {
		return this.mvc.post()
			.uri(uri)
			.param("planYear", "2025")
			.param("groupId", TRADE_GROUP.getId().toString())
			.param("title", "   ")
			.param("description", "Mô tả vẫn còn nguyên")
			.param("status", "COMPLETED")
			.param("plannedStart", "01/09/2025")
			.param("deadline", "01/08/2025")
			.param("actualCompletion", "01/01/2099")
			.param("budgetPlanned", "mười triệu")
			.param("budgetSpent", "-5")
			.param("partnerProvinceIds", "999999");
	}

	private MockMvcRequestBuilder valid(String uri) {
		return this.mvc.post().uri(uri).params(validParams());
	}

	private static MultiValueMap<String, String> validParams() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("planYear", "2025");
		params.add("groupId", TRADE_GROUP.getId().toString());
		params.add("title", "  Tuần hàng Điện Biên tại Hà Nội ");
		params.add("status", "PLANNED");
		params.add("plannedStart", "01/10/2025");
		params.add("deadline", "31/12/2025");
		params.add("budgetPlanned", "1.500.000.000");
		params.add("partnerProvinceIds", DIEN_BIEN.getId().toString());
		params.add("sharedWithProvinces", "true");
		return params;
	}

}
