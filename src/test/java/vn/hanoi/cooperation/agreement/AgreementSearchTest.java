package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement list's own search: title, number, partner province and the text of the documents, diacritics
 * ignored; a province officer never finds an agreement through another partner's name. The list shows until when
 * each agreement is in force.
 */
@PortalTest
class AgreementSearchTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestAgreements agreements;

	Long agreement;

	@BeforeEach
	void create() {
		this.agreements = new TestAgreements(this.jdbc);
		// With Điện Biên (the test province officer's unit) and Lai Châu.
		this.agreement = this.agreements.create("SEARCH Chương trình hợp tác Quỳnh Nhai", true,
				LocalDate.of(2023, 1, 10), LocalDate.of(2027, 6, 30), "11", "12");
		this.jdbc.update("update agreements set document_number = '45/CTHT-UBND' where id = ?", this.agreement);
		Long document = this.agreements.attach(this.agreement, "phu-luc.pdf", TestAgreements.PDF);
		this.jdbc.update("update agreement_documents set document_text = 'Phụ lục về chè Shan tuyết Mường Nhé', "
				+ "text_read = true where id = ?", document);
	}

	@AfterEach
	void remove() {
		this.agreements.removeAll();
	}

	@Test
	void findsAnAgreementByTitleNumberProvinceAndDocumentTextWithoutDiacritics() {
		for (String words : new String[] { "quynh nhai", "45/CTHT", "lai chau", "shan tuyet muong nhe", "Mường Nhé" }) {
			assertThat(this.mvc.get().uri("/agreements?q={q}", words).with(this.accounts.as(Role.STAFF)).exchange())
				.as(words)
				.bodyText()
				.contains("/agreements/" + this.agreement + "\"");
		}
		assertThat(this.mvc.get().uri("/agreements?q=shan tuyet tan cuong").with(this.accounts.as(Role.STAFF)).exchange())
			.bodyText()
			.doesNotContain("/agreements/" + this.agreement + "\"");
	}

	@Test
	void aProvinceOfficerDoesNotFindAnAgreementByAnotherPartnersName() {
		assertThat(this.mvc.get().uri("/agreements?q=lai chau").with(this.accounts.as(Role.PROVINCE)).exchange())
			.bodyText()
			.doesNotContain("/agreements/" + this.agreement + "\"");
		assertThat(this.mvc.get().uri("/agreements?q=dien bien").with(this.accounts.as(Role.PROVINCE)).exchange())
			.bodyText()
			.contains("/agreements/" + this.agreement + "\"");
	}

	@Test
	void aDayTheAgreementsWereInForceOnIsTypedAsTheFormShowsDaysAndAMistypedOneIsSaidBesideIt() {
		// In force from 10/01/2023 to 30/06/2027: not yet on 31/12/2022.
		for (String day : new String[] { "31/12/2023", "2023-12-31" }) {
			assertThat(this.mvc.get().uri("/agreements?q=quynh nhai&inForceOn={day}", day).with(this.accounts.as(Role.STAFF)))
				.as(day).hasStatusOk().bodyText().contains("/agreements/" + this.agreement + "\"", "value=\"31/12/2023\"");
		}
		assertThat(this.mvc.get().uri("/agreements?q=quynh nhai&inForceOn=31/12/2022").with(this.accounts.as(Role.STAFF)))
			.hasStatusOk().bodyText().doesNotContain("/agreements/" + this.agreement + "\"");
		assertThat(this.mvc.get().uri("/agreements?q=quynh nhai&inForceOn=31/13/2022").with(this.accounts.as(Role.STAFF)))
			.hasStatusOk().bodyText().contains("Ngày không hợp lệ (dạng ngày/tháng/năm).", "value=\"31/13/2022\"")
			.doesNotContain("/agreements/" + this.agreement + "\"");
		// Its export, the page's address with the mistyped day, exported every agreement the search found.
		assertThat(this.mvc.get().uri("/agreements/export.csv?q=quynh nhai&inForceOn=31/13/2022")
			.with(this.accounts.as(Role.STAFF))).hasStatusOk().bodyText().doesNotContain("Quỳnh Nhai");
		assertThat(this.mvc.get().uri("/agreements/export.csv?q=quynh nhai&inForceOn=31/12/2023")
			.with(this.accounts.as(Role.STAFF))).hasStatusOk().bodyText().contains("Quỳnh Nhai");
	}

	@Test
	void theListShowsTheExpiryDate() {
		assertThat(this.mvc.get().uri("/agreements?q=quynh nhai").with(this.accounts.as(Role.STAFF)).exchange())
			.bodyText()
			.contains("Hiệu lực đến ngày", "30/06/2027");
	}

}
