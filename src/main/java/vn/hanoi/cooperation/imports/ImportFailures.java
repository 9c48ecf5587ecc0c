package vn.hanoi.cooperation.imports;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;

import static vn.hanoi.cooperation.system.SqlValues.instant;

/**
 * Imports that failed, for the coordinator's inbox. A failure is recorded in a transaction of its own: the
 * import's transaction wrote nothing (or was rolled back), and the record of why must outlive it.
 */
@Repository
class ImportFailures {

	enum Kind {

		ACTIVITIES, RESULTS

	}

	/** What failed, who tried, when and why (in the reader's language), and whether it is still open. */
	record ImportFailure(long id, Kind kind, Integer year, String accountName, String departmentVi,
			String departmentEn, String fileName, String reasonVi, String reasonEn, Instant failedAt,
			Instant dismissedAt, String dismissedBy, Instant resolvedAt) {

		public boolean open() {
			return this.dismissedAt == null && this.resolvedAt == null;
		}

		public String reason(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.reasonEn : this.reasonVi;
		}

		public String department(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.departmentEn : this.departmentVi;
		}

	}

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ImportFailures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * Records a failed import of the viewer's; the reason is the message the importer read, kept in both
	 * languages. A second failure of the same upload (a forged confirmation after a failed check) adds nothing.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(Kind kind, Integer year, Viewer viewer, UUID uploadId, String fileName, String reasonKey,
			Object... arguments) {
		this.jdbc.sql("""
				insert into import_failures (kind, year, account_id, account_name, department_id, file_name, upload_id,
				                             reason_vi, reason_en)
				values (:kind, :year, :account, :name, :department, :file, :upload, :vi, :en)
				on conflict (upload_id) do nothing""")
			.param("kind", kind.name())
			.param("year", year)
			.param("account", viewer.accountId())
			.param("name", viewer.displayName())
			.param("department", viewer.departmentId())
			.param("file", fileName)
			.param("upload", uploadId)
			.param("vi", this.messages.getMessage(reasonKey, arguments, VIETNAMESE))
			.param("en", this.messages.getMessage(reasonKey, arguments, Locale.ENGLISH))
			.update();
	}

	/**
	 * A successful import of this kind closes the open failures of the same department (or, for someone who acts
	 * for no department, their own), in the import's transaction: if the import rolls back, they stay open.
	 */
	void resolve(Kind kind, Viewer viewer) {
		this.jdbc.sql("""
				update import_failures set resolved_at = now(), updated_at = now()
				where kind = :kind and resolved_at is null and dismissed_at is null
				  and (department_id = :department or (cast(:department as bigint) is null and department_id is null
				                                       and account_id = :account))""")
			.param("kind", kind.name())
			.param("department", viewer.departmentId())
			.param("account", viewer.accountId())
			.update();
	}

	Optional<ImportFailure> find(long id) {
		return this.jdbc.sql("""
				select f.id, f.kind, f.year, f.account_name, d.name_vi as department_vi, d.name_en as department_en,
				       f.file_name, f.reason_vi, f.reason_en,
				       f.failed_at, f.dismissed_at, f.dismissed_by, f.resolved_at
				from import_failures f left join departments d on d.id = f.department_id
				where f.id = :id""")
			.param("id", id)
			.query((rs, n) -> new ImportFailure(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
					rs.getObject("year", Integer.class), rs.getString("account_name"), rs.getString("department_vi"),
					rs.getString("department_en"), rs.getString("file_name"), rs.getString("reason_vi"),
					rs.getString("reason_en"), instant(rs, "failed_at"), instant(rs, "dismissed_at"),
					rs.getString("dismissed_by"), instant(rs, "resolved_at")))
			.optional();
	}

	/** Takes an open failure out of the inbox; answers false when it was no longer open. */
	@Transactional
	boolean dismiss(long id, Viewer viewer) {
		return this.jdbc.sql("""
				update import_failures set dismissed_at = now(), dismissed_by = :by, updated_at = now()
				where id = :id and dismissed_at is null and resolved_at is null""")
			.param("id", id)
			.param("by", viewer.displayName())
			.update() == 1;
	}

}
