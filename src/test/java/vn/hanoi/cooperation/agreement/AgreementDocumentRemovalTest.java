package vn.hanoi.cooperation.agreement;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.Landing;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Account;
import vn.hanoi.cooperation.account.Accounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A wrong scan attached to an agreement is removed, as evidence is, in agreements' terms: only the coordinator and
 * administrators change an agreement, so its uploader removes it while still one of them and any of them removes
 * it whoever attached it; staff, leaders and provinces are refused as for every other agreement write. Each removal
 * is a line of the agreement's history; a second removal says the file is already gone.
 */
@PortalTest
class AgreementDocumentRemovalTest {

	/** A coordinator who attaches a scan and then moves to a department's staff, is disabled, then deleted. */
	static final String LEAVER = "test.agreement.leaver";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accountRepository;

	TestAgreements agreements;

	Long agreement;

	@BeforeEach
	void createAgreement() {
		this.agreements = new TestAgreements(this.jdbc);
		// Shared with Điện Biên, the test province officer's unit: they see the scan, and still may not remove it.
		this.agreement = this.agreements.create("REMOVAL Thỏa thuận Hà Nội – Điện Biên", true, "11");
	}

	@AfterEach
	void removeAgreement() {
		this.agreements.removeAll();
		this.jdbc.update("delete from accounts where username = ?", LEAVER);
	}

	@Test
	void theUploaderRemovesTheirOwnScanWhichIsThenGoneWithATraceInTheHistory() throws Exception {
		attach(this.accounts.as(Role.COORDINATOR), "nham-ban.pdf");
		Long scan = documentId("nham-ban.pdf");
		assertThat(page(this.accounts.as(Role.COORDINATOR), "")).contains("aria-label=\"Gỡ tệp nham-ban.pdf\"");

		MvcTestResult removed = remove(this.accounts.as(Role.COORDINATOR), scan);
		assertThat(removed).hasStatus3xxRedirection().hasRedirectedUrl("/agreements/" + this.agreement + "#documents");
		assertThat(removed).flash().containsEntry("message", "documentRemoved");
		assertThat(this.agreements.documentCount(this.agreement)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from agreement_document_contents where document_id = ?",
				Integer.class, scan)).isZero();
		assertThat(pageAfter(removed)).contains("Đã gỡ tệp khỏi thỏa thuận")
			.doesNotContain("/agreements/" + this.agreement + "/documents/" + scan);
		assertThat(this.mvc.get()
			.uri("/agreements/{id}/documents/{doc}", this.agreement, scan)
			.with(this.accounts.as(Role.COORDINATOR))
			.exchange()).hasStatus(404);

		assertThat(documentHistory()).containsExactly("DOCUMENT_ADDED nham-ban.pdf Điều phối",
				"DOCUMENT_REMOVED nham-ban.pdf Điều phối");
		assertThat(this.mvc.get().uri("/agreements/{id}", this.agreement).with(this.accounts.as(Role.LEADER)))
			.bodyText()
			.containsPattern(
					"(?s)Văn bản đính kèm</span>:\\s*<span[^>]*>nham-ban.pdf</span>\\s*→ <span>\\(chưa có\\)");
	}

	/** The wrong scan was sent from another tab first: the second removal says so instead of an error page. */
	@Test
	void removingAScanAlreadyRemovedSaysSo() throws Exception {
		attach(this.accounts.as(Role.COORDINATOR), "hai-lan.pdf");
		Long scan = documentId("hai-lan.pdf");
		assertThat(remove(this.accounts.as(Role.COORDINATOR), scan)).hasStatus3xxRedirection();

		MvcTestResult again = remove(this.accounts.as(Role.ADMIN), scan);
		assertThat(again).hasStatus3xxRedirection().hasRedirectedUrl("/agreements/" + this.agreement + "#documents");
		assertThat(again).flash().containsEntry("warning", "documentAlreadyRemoved").doesNotContainKey("message");
		assertThat(pageAfter(again)).contains("Tệp này đã được gỡ trước đó", "ở một thẻ khác hoặc bởi người khác");
		// Said in the documents section, where the page opens, and nowhere else.
		Landing landing = Landing.after(this.mvc, again, this.accounts.as(Role.ADMIN));
		assertThat(landing.section()).contains("Tệp này đã được gỡ trước đó");
		assertThat(landing.page()).containsOnlyOnce("Tệp này đã được gỡ trước đó");
		assertThat(documentHistory()).containsOnlyOnce("DOCUMENT_REMOVED hai-lan.pdf Điều phối").hasSize(2);
	}

	/** Those who may not change the agreement see no button and are refused as for its other writes (404). */
	@Test
	void staffLeadersAndProvincesCannotRemoveAScan() throws Exception {
		attach(this.accounts.as(Role.COORDINATOR), "ban-ky.pdf");
		Long scan = documentId("ban-ky.pdf");
		List<RequestPostProcessor> refused = List.of(this.accounts.as(Role.STAFF), this.accounts.as(Role.LEADER),
				this.accounts.as(Role.PROVINCE), TestAccounts.as(this.accounts.staffOf("SYT_2025")));
		for (RequestPostProcessor who : refused) {
			assertThat(page(who, "")).contains("ban-ky.pdf").doesNotContain("Gỡ tệp");
			assertThat(remove(who, scan)).hasStatus(404);
		}
		assertThat(this.agreements.documentCount(this.agreement)).isEqualTo(1);
		assertThat(documentHistory()).containsExactly("DOCUMENT_ADDED ban-ky.pdf Điều phối");
	}

	/** The coordinator removes the administrator's scan and the administrator the coordinator's. */
	@Test
	void theCoordinatorAndAnAdministratorRemoveAScanWhoeverAttachedIt() throws Exception {
		attach(this.accounts.as(Role.ADMIN), "cua-admin.pdf");
		attach(this.accounts.as(Role.COORDINATOR), "cua-dieu-phoi.pdf");
		assertThat(page(this.accounts.as(Role.COORDINATOR), "?lang=en")).contains("aria-label=\"Remove cua-admin.pdf\"",
				">Remove</button>");
		assertThat(remove(this.accounts.as(Role.COORDINATOR), documentId("cua-admin.pdf"))).hasStatus3xxRedirection();
		assertThat(remove(this.accounts.as(Role.ADMIN), documentId("cua-dieu-phoi.pdf"))).hasStatus3xxRedirection();
		assertThat(this.agreements.documentCount(this.agreement)).isZero();
		assertThat(documentHistory()).contains("DOCUMENT_REMOVED cua-admin.pdf Điều phối",
				"DOCUMENT_REMOVED cua-dieu-phoi.pdf Admin");
	}

	/**
	 * The uploader left the coordinating department (now a department's staff), then was disabled and deleted: they
	 * may no longer remove their scan, nor may their new department's staff; the coordinator removes each.
	 */
	@Test
	void aScanWhoseUploaderMayNoLongerChangeTheAgreementIsRemovedByThoseWhoMay() throws Exception {
		Account leaver = this.accountRepository
			.save(Account.of(Role.COORDINATOR, LEAVER, "Cán bộ đã chuyển công tác", null));
		attach(TestAccounts.as(new PortalUser(leaver)), "chuyen.pdf");
		attach(TestAccounts.as(new PortalUser(leaver)), "xoa.pdf");

		this.jdbc.update("update accounts set role = 'STAFF', department_id = (select id from departments"
				+ " where code = 'SCT_2025') where username = ?", LEAVER);
		PortalUser moved = new PortalUser(this.accountRepository.findByUsername(LEAVER).orElseThrow());
		assertThat(remove(TestAccounts.as(moved), documentId("chuyen.pdf"))).hasStatus(404);
		assertThat(remove(this.accounts.as(Role.STAFF), documentId("chuyen.pdf"))).hasStatus(404);
		assertThat(remove(this.accounts.as(Role.COORDINATOR), documentId("chuyen.pdf"))).hasStatus3xxRedirection();

		this.jdbc.update("delete from accounts where username = ?", LEAVER);
		assertThat(this.jdbc.queryForObject("select uploaded_by from agreement_documents where id = ?", Long.class,
				documentId("xoa.pdf"))).isNull();
		assertThat(remove(this.accounts.as(Role.STAFF), documentId("xoa.pdf"))).hasStatus(404);
		assertThat(remove(this.accounts.as(Role.COORDINATOR), documentId("xoa.pdf"))).hasStatus3xxRedirection();

		assertThat(this.agreements.documentCount(this.agreement)).isZero();
		assertThat(documentHistory()).contains("DOCUMENT_REMOVED chuyen.pdf Điều phối",
				"DOCUMENT_REMOVED xoa.pdf Điều phối");
	}

	private void attach(RequestPostProcessor who, String fileName) {
		assertThat(this.mvc.post()
			.uri("/agreements/{id}/documents", this.agreement)
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/pdf", TestAgreements.PDF))
			.with(who)
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
	}

	private MvcTestResult remove(RequestPostProcessor who, Long document) {
		return this.mvc.post()
			.uri("/agreements/{id}/documents/{doc}/delete", this.agreement, document)
			.with(who)
			.with(csrf())
			.exchange();
	}

	/** The agreement's page as {@code who} reads it, unescaped. */
	private String page(RequestPostProcessor who, String query) throws Exception {
		return read(this.mvc.get().uri("/agreements/" + this.agreement + query).with(who));
	}

	/** The agreement's page the redirect leads to, with the flash message it carries, as the coordinator reads it. */
	private String pageAfter(MvcTestResult redirect) throws Exception {
		return read(this.mvc.get()
			.uri("/agreements/{id}", this.agreement)
			.flashAttrs(redirect.getMvcResult().getFlashMap())
			.with(this.accounts.as(Role.COORDINATOR)));
	}

	private static String read(MockMvcTester.MockMvcRequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(request.exchange().getResponse().getContentAsString());
	}

	/** The agreement's history lines about its documents: what, which file, who. */
	private List<String> documentHistory() {
		return this.jdbc.queryForList("""
				select action || ' ' || coalesce(old_value, new_value) || ' ' || author_name from record_changes
				 where record_kind = 'AGREEMENT' and record_id = ? and field = 'document' order by id""", String.class,
				this.agreement);
	}

	private Long documentId(String fileName) {
		return this.jdbc.queryForObject("select id from agreement_documents where agreement_id = ? and file_name = ?",
				Long.class, this.agreement, fileName);
	}

}
