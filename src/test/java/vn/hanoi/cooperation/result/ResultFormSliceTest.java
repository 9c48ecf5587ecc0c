package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
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
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Provinces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.SliceRecords.DIEN_BIEN;
import static vn.hanoi.cooperation.SliceRecords.TRADE;
import static vn.hanoi.cooperation.SliceRecords.TRADE_GROUP;

/**
 * The yearly result form as staff see it, without a database: figures typed the Vietnamese way ("300.000", "1,5")
 * are read as such, a refused entry is explained in the reader's language with everything typed kept, and only an
 * accepted one reaches the service, once.
 */
@WebSliceTest
class ResultFormSliceTest {

	static final Indicator FAIRS = SliceRecords.record(Indicator.class, 7, "code", "TM.TUAN_HANG", "nameVi",
			"Số tuần hàng", "nameEn", "Trade weeks", "group", TRADE_GROUP, "aggregation", Aggregation.SUM);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ResultService service;

	@Autowired
	Indicators indicators;

	@Autowired
	Departments departments;

	@Autowired
	Provinces provinces;

	@BeforeEach
	void referenceData() {
		when(this.departments.findById(TRADE.getId())).thenReturn(Optional.of(TRADE));
		when(this.indicators.findById(FAIRS.getId())).thenReturn(Optional.of(FAIRS));
		when(this.provinces.findById(DIEN_BIEN.getId())).thenReturn(Optional.of(DIEN_BIEN));
	}

	@Test
	void aRefusedEntryComesBackWithTheReasonsInVietnameseAndEverythingTyped() {
		MvcTestResult result = invalid("/results/new").with(SliceSecurity.staffOf(TRADE)).exchange();
		assertThat(result).hasStatusOk().hasViewName(ResultFormController.VIEW_FORM);
		assertThat(SlicePage.shown(result)).contains("Vui lòng chọn chỉ tiêu.")
			.contains("Số không hợp lệ: dùng dấu chấm ngăn cách hàng nghìn")
			.contains("value=\"300.000\"")
			.contains("value=\"ba trăm\"")
			.contains(">Ghi chú giữ nguyên</textarea>")
			// Staff enter their own department's figures: it is shown, not chosen.
			.contains("Sở Công Thương");
		verify(this.service, never()).create(any(), any());
	}

	@Test
	void theReasonsAreInEnglishForAnEnglishReader() {
		assertThat(SlicePage.shown(invalid("/results/new?lang=en").with(SliceSecurity.staffOf(TRADE)).exchange()))
			.contains("Please choose an indicator.")
			.contains("Not a valid number: use dots between thousands")
			.contains("value=\"ba trăm\"")
			.doesNotContain("Vui lòng chọn chỉ tiêu.");
		verify(this.service, never()).create(any(), any());
	}

	@Test
	void aNegativeFigureIsToldItMayNotBeNegativeNotThatItIsBadlyWritten() {
		MvcTestResult result = this.mvc.post()
			.uri("/results/new")
			.with(csrf())
			.param("year", "2025")
			.param("indicatorId", FAIRS.getId().toString())
			.param("target", "-10")
			.with(SliceSecurity.staffOf(TRADE))
			.exchange();
		assertThat(SlicePage.shown(result)).contains("Số liệu không được âm.", "value=\"-10\"")
			.doesNotContain("Số không hợp lệ");
		verify(this.service, never()).create(any(), any());
	}

	@Test
	void anAcceptedEntryIsSavedOnceAsTypedAndTheUserIsSentToIt() {
		when(this.service.create(any(), any()))
			.thenReturn(Optional.of(SliceRecords.record(YearlyResult.class, 55, "year", 2025)));
		MvcTestResult result = valid("/results/new").with(SliceSecurity.staffOf(TRADE)).exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/results/55");
		assertThat(result).flash().containsEntry("message", "resultCreated");
		ArgumentCaptor<ResultDraft> draft = ArgumentCaptor.forClass(ResultDraft.class);
		verify(this.service, times(1)).create(draft.capture(), any());
		assertThat(draft.getValue().year()).isEqualTo(2025);
		assertThat(draft.getValue().indicator()).isSameAs(FAIRS);
		assertThat(draft.getValue().department()).isSameAs(TRADE);
		assertThat(draft.getValue().province()).isSameAs(DIEN_BIEN);
		assertThat(draft.getValue().target()).isEqualByComparingTo(new BigDecimal("300000"));
		assertThat(draft.getValue().actual()).isEqualByComparingTo(new BigDecimal("1234.5"));
		assertThat(draft.getValue().actualLowerBound()).isTrue();
		assertThat(draft.getValue().narrative()).isEqualTo("Vượt kế hoạch");
	}

	@Test
	void anEditIsSavedOnceOverTheVersionTheUserStartedFrom() {
		YearlyResult existing = SliceRecords.record(YearlyResult.class, 56, "year", 2025, "indicator", FAIRS,
				"department", TRADE, "version", 4L);
		when(this.service.findVisible(eq(56L), any())).thenReturn(existing);
		MvcTestResult refused = invalid("/results/56/edit").param("version", "4")
			.with(SliceSecurity.staffOf(TRADE))
			.exchange();
		assertThat(SlicePage.shown(refused)).contains("Vui lòng chọn chỉ tiêu.").contains("value=\"ba trăm\"");
		verify(this.service, never()).update(any(), anyLong(), any(), any());

		when(this.service.update(eq(56L), eq(4L), any(), any())).thenReturn(Optional.empty());
		MvcTestResult saved = valid("/results/56/edit").param("version", "4")
			.with(SliceSecurity.staffOf(TRADE))
			.exchange();
		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/results/56");
		ArgumentCaptor<ResultDraft> draft = ArgumentCaptor.forClass(ResultDraft.class);
		verify(this.service, times(1)).update(eq(56L), eq(4L), draft.capture(), any());
		assertThat(draft.getValue().actual()).isEqualByComparingTo(new BigDecimal("1234.5"));
	}

	@Test
	void aPostWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/results/new")
			.param("year", "2025")
			.param("indicatorId", FAIRS.getId().toString())
			.param("actual", "12")
			.with(SliceSecurity.staffOf(TRADE))
			.exchange()).hasStatus(403);
		verify(this.service, never()).create(any(), any());
	}

	@Test
	void someoneNotSignedInIsSentToTheLoginPage() {
		assertThat(this.mvc.get().uri("/results/new?year=2025").with(anonymous()).exchange())
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.startsWith("/login");
		assertThat(valid("/results/new").with(anonymous()).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.startsWith("/login");
		verify(this.service, never()).create(any(), any());
	}

	@Test
	void leadersAndProvincesEnterNoResults() {
		assertThat(valid("/results/new").with(SliceSecurity.as(Role.LEADER)).exchange()).hasStatus(404);
		assertThat(valid("/results/new").with(SliceSecurity.provinceOf(DIEN_BIEN)).exchange()).hasStatus(404);
		verify(this.service, never()).create(any(), any());
	}

	/** No indicator, an actual in words; a target and a narrative that must survive. */
	private MockMvcRequestBuilder invalid(String uri) {
		return this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("year", "2025")
			.param("indicatorId", "")
			.param("target", "300.000")
			.param("actual", "ba trăm")
			.param("narrative", "Ghi chú giữ nguyên");
	}

	private MockMvcRequestBuilder valid(String uri) {
		return this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("year", "2025")
			.param("indicatorId", FAIRS.getId().toString())
			.param("provinceId", DIEN_BIEN.getId().toString())
			.param("target", "300.000")
			.param("actual", "1.234,5")
			.param("actualLowerBound", "true")
			.param("narrative", " Vượt kế hoạch ");
	}

}
