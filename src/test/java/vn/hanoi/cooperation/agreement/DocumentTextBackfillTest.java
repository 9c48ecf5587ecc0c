package vn.hanoi.cooperation.agreement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.activity.TestEvidence;

import static org.assertj.core.api.Assertions.assertThat;

/** Agreement documents kept before text was read at upload get their text once, after start-up. */
@PortalTest
class DocumentTextBackfillTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentTextBackfill backfill;

	TestAgreements agreements;

	@AfterEach
	void remove() {
		this.agreements.removeAll();
	}

	@Test
	void anOlderDocumentGetsItsTextOnceAndIsFoundByIt() {
		this.agreements = new TestAgreements(this.jdbc);
		Long agreement = this.agreements.create("BACKFILL Thỏa thuận Hà Nội – Lai Châu", true, "12");
		// Stored as before V82: no text, not read.
		Long document = this.agreements.attach(agreement, "cu.pdf", TestEvidence.pdfSaying("Memorandum Zanzibarite"));

		assertThat(this.backfill.readPending()).isPositive();
		assertThat(this.jdbc.queryForObject("select document_text from agreement_documents where id = ?", String.class,
				document)).contains("Memorandum Zanzibarite");
		assertThat(this.jdbc.queryForObject("select count(*) from agreement_documents where search_text like ?",
				Integer.class, "%zanzibarite%")).isEqualTo(1);
		assertThat(this.backfill.readPending()).as("read once").isZero();
	}

}
