package vn.hanoi.cooperation.agreement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes agreements and their documents straight into the tables for tests, and removes them afterwards (with
 * their documents, downloads and the activities' links to them), so that each test sees only its own records.
 */
public class TestAgreements {

	/** The smallest file that starts as a PDF does. */
	public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final JdbcTemplate jdbc;

	private final List<Long> created = new ArrayList<>();

	public TestAgreements(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An agreement signed with the units given as "code" (map of 2008) or "code@2025-07-01", in force from
	 * {@code signedOn} to {@code validTo}.
	 */
	public Long create(String title, boolean shared, LocalDate signedOn, LocalDate validTo, String... provinces) {
		Long id = this.jdbc.queryForObject("""
				insert into agreements (kind, title, signed_on, valid_to, shared_with_provinces)
				values ('COOPERATION_AGREEMENT', ?, ?, ?, ?) returning id""", Long.class, title, signedOn, validTo,
				shared);
		for (String province : provinces) {
			String[] codeAndMap = province.split("@");
			this.jdbc.update("""
					insert into agreement_provinces (agreement_id, province_id)
					select ?, id from provinces where code = ? and valid_from = ?::date""", id, codeAndMap[0],
					codeAndMap.length > 1 ? codeAndMap[1] : "2008-08-01");
		}
		this.created.add(id);
		return id;
	}

	public Long create(String title, boolean shared, String... provinces) {
		return create(title, shared, LocalDate.of(2023, 1, 10), null, provinces);
	}

	public Long attach(Long agreementId, String fileName, byte[] bytes) {
		Long id = this.jdbc.queryForObject("""
				insert into agreement_documents (agreement_id, file_name, content_type, size_bytes, sha256,
				                                 uploaded_by_name)
				values (?, ?, 'application/pdf', ?, 'test', 'Test') returning id""", Long.class, agreementId, fileName,
				bytes.length);
		this.jdbc.update("insert into agreement_document_contents (document_id, content) values (?, ?)", id, bytes);
		return id;
	}

	public void forget(Long id) {
		this.created.add(id);
	}

	public void removeAll() {
		for (Long id : this.created) {
			this.jdbc.update("update activities set agreement_id = null where agreement_id = ?", id);
			this.jdbc.update("delete from agreement_document_downloads where agreement_id = ?", id);
			this.jdbc.update("delete from agreements where id = ?", id);
			this.jdbc.update("delete from record_changes where record_kind = 'AGREEMENT' and record_id = ?", id);
		}
		this.created.clear();
	}

	public int documentCount(Long agreementId) {
		return this.jdbc.queryForObject("select count(*) from agreement_documents where agreement_id = ?",
				Integer.class, agreementId);
	}

}
