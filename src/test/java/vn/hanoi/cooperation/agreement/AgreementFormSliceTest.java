package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.SlicePage;
import vn.hanoi.cooperation.SliceRecords;
import vn.hanoi.cooperation.WebSliceTest;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.SliceSecurity;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.province.Province;
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
import static vn.hanoi.cooperation.SliceRecords.TRADE;
import static vn.hanoi.cooperation.SliceRecords.TRADE_GROUP;

/**
 * The agreement form as the coordinator sees it, without a database: refused entries explained beside each field in
 * the reader's language with everything typed kept and nothing saved; an accepted one saved once, then shown.
 */
@WebSliceTest
class AgreementFormSliceTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AgreementService service;

	@Autowired
	Provinces provinces;

	@Autowired
	CooperationGroups groups;

	@BeforeEach
	void referenceData() {
		when(this.provinces.findByValidFromOrderByName(Province.MERGER_DAY)).thenReturn(List.of(DIEN_BIEN));
		when(this.provinces.findByIdIn(List.of(DIEN_BIEN.getId()))).thenReturn(List.of(DIEN_BIEN));
		when(this.groups.findAllByOrderByNumber()).thenReturn(List.of(TRADE_GROUP));
	}

	@Test
	void aRefusedEntryComesBackWithTheReasonsInVietnameseAndEverythingTyped() {
		MvcTestResult result = invalid("/agreements/new").with(SliceSecurity.as(Role.COORDINATOR)).exchange();
		assertThat(result).hasStatusOk().hasViewName(AgreementFormController.VIEW_FORM);
		assertThat(SlicePage.shown(result)).contains("Vui lòng nhập tên văn bản.")
			.contains("Vui lòng chọn ít nhất một địa phương ký kết.")
			.contains("Ngày không hợp lệ (dạng ngày/tháng/năm).")
			.contains("Ngày hết hiệu lực không được trước ngày bắt đầu có hiệu lực.")
			.contains("value=\"15/CTr-UBND\"")
			.contains("value=\"Nguyễn Văn A\"")
			.contains("value=\"31/02/2025\"");
		verifyNoInteractions(this.service);
	}

	@Test
	void theReasonsAreInEnglishForAnEnglishReader() {
		assertThat(SlicePage.shown(invalid("/agreements/new?lang=en").with(SliceSecurity.as(Role.COORDINATOR)).exchange()))
			.contains("Please enter the title.")
			.contains("Please choose at least one signing province.")
			.contains("This is not a valid date (day/month/year).")
			.contains("Validity cannot end before it starts.")
			.contains("value=\"Nguyễn Văn A\"");
		verifyNoInteractions(this.service);
	}

	@Test
	void aPartnerThatWasNoUnitOnTheSigningDayIsRefused() {
		// Điện Biên of the 34-unit map exists from 1 July 2025 only.
		MvcTestResult result = valid("/agreements/new", "01/05/2022").with(SliceSecurity.as(Role.COORDINATOR))
			.exchange();
		assertThat(SlicePage.shown(result))
			.contains("Có địa phương chưa (hoặc không còn) là đơn vị hành chính vào ngày ký.");
		verifyNoInteractions(this.service);
	}

	@Test
	void aTitleOfNoBreakSpacesIsRefused() {
		MvcTestResult result = valid("/agreements/new", "01/08/2025", "\u00a0\u202f\u00a0")
			.with(SliceSecurity.as(Role.COORDINATOR))
			.exchange();
		assertThat(SlicePage.shown(result)).contains("Vui lòng nhập tên văn bản.");
		verifyNoInteractions(this.service);
	}

	@Test
	void anAcceptedEntryIsSavedOnceAsTypedAndTheUserIsSentToIt() {
		when(this.service.create(any(), any())).thenReturn(SliceRecords.record(Agreement.class, 41));
		MvcTestResult result = valid("/agreements/new").with(SliceSecurity.as(Role.COORDINATOR)).exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/agreements/41");
		assertThat(result).flash().containsEntry("message", "agreementCreated");
		ArgumentCaptor<AgreementDraft> draft = ArgumentCaptor.forClass(AgreementDraft.class);
		verify(this.service, times(1)).create(draft.capture(), any());
		assertThat(draft.getValue().kind()).isEqualTo(AgreementKind.COOPERATION_PROGRAMME);
		assertThat(draft.getValue().documentNumber()).isEqualTo("15/CTr-UBND");
		assertThat(draft.getValue().title()).isEqualTo("Chương trình hợp tác Hà Nội – Điện Biên");
		assertThat(draft.getValue().provinces()).containsExactly(DIEN_BIEN);
		assertThat(draft.getValue().groups()).containsExactly(TRADE_GROUP);
		assertThat(draft.getValue().signedOn()).isEqualTo(LocalDate.of(2025, 8, 1));
		assertThat(draft.getValue().validTo()).isEqualTo(LocalDate.of(2030, 12, 31));
		assertThat(draft.getValue().hanoiSignatoryName()).isEqualTo("Nguyễn Văn A");
		assertThat(draft.getValue().sharedWithProvinces()).isTrue();
	}

	@Test
	void anEditIsSavedOnceOverTheVersionTheUserStartedFrom() {
		Agreement agreement = SliceRecords.record(Agreement.class, 42, "kind", AgreementKind.OTHER, "title", "Tên cũ",
				"version", 2L);
		when(this.service.findManageable(eq(42L), any())).thenReturn(agreement);
		MvcTestResult refused = invalid("/agreements/42/edit").param("version", "2")
			.with(SliceSecurity.as(Role.COORDINATOR))
			.exchange();
		assertThat(SlicePage.shown(refused)).contains("Vui lòng nhập tên văn bản.").contains("value=\"15/CTr-UBND\"");
		verify(this.service, never()).update(any(), any(), any());

		MvcTestResult saved = valid("/agreements/42/edit").param("version", "2")
			.with(SliceSecurity.as(Role.COORDINATOR))
			.exchange();
		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/agreements/42");
		ArgumentCaptor<AgreementDraft> draft = ArgumentCaptor.forClass(AgreementDraft.class);
		verify(this.service, times(1)).update(eq(agreement), draft.capture(), any());
		assertThat(draft.getValue().title()).isEqualTo("Chương trình hợp tác Hà Nội – Điện Biên");
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/agreements/new")
			.param("title", "Chương trình hợp tác")
			.with(SliceSecurity.as(Role.COORDINATOR))
			.exchange()).hasStatus(403);
		verifyNoInteractions(this.service);
	}

	@Test
	void someoneNotSignedInIsSentToTheLoginPage() {
		assertThat(this.mvc.get().uri("/agreements/new").with(anonymous()).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.startsWith("/login");
		assertThat(valid("/agreements/new").with(anonymous()).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.startsWith("/login");
		verifyNoInteractions(this.service);
	}

	@Test
	void staffWhoManageNoAgreementFindNoForm() {
		assertThat(this.mvc.get().uri("/agreements/new").with(SliceSecurity.staffOf(TRADE)).exchange()).hasStatus(404);
		assertThat(valid("/agreements/new").with(SliceSecurity.staffOf(TRADE)).exchange()).hasStatus(404);
		verifyNoInteractions(this.service);
	}

	/** No title, no province, an impossible day, an end before the start; a number and a name that must survive. */
	private MockMvcRequestBuilder invalid(String uri) {
		return this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("kind", "COOPERATION_PROGRAMME")
			.param("documentNumber", "15/CTr-UBND")
			.param("title", "")
			.param("signedOn", "31/02/2025")
			.param("validFrom", "01/09/2025")
			.param("validTo", "01/01/2025")
			.param("hanoiSignatoryName", "Nguyễn Văn A");
	}

	private MockMvcRequestBuilder valid(String uri) {
		return valid(uri, "01/08/2025");
	}

	private MockMvcRequestBuilder valid(String uri, String signedOn) {
		return valid(uri, signedOn, "Chương trình hợp tác Hà Nội – Điện Biên");
	}

	private MockMvcRequestBuilder valid(String uri, String signedOn, String title) {
		return this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("kind", "COOPERATION_PROGRAMME")
			.param("documentNumber", " 15/CTr-UBND ")
			.param("title", title)
			.param("provinceIds", DIEN_BIEN.getId().toString())
			.param("groupIds", TRADE_GROUP.getId().toString())
			.param("signedOn", signedOn)
			.param("validFrom", signedOn)
			.param("validTo", "31/12/2030")
			.param("hanoiSignatoryName", "Nguyễn Văn A")
			.param("sharedWithProvinces", "true");
	}

}
