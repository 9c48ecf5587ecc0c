package vn.hanoi.cooperation.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;

/**
 * Records who downloaded which agreement document. Kept to this one class so that, once the portal's security
 * audit log exists, downloads can be forwarded to it from here without touching the download code.
 */
@Component
class DocumentDownloadLog {

	private final JdbcClient jdbc;

	DocumentDownloadLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Written in its own transaction: a download is recorded even when the caller's work rolls back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordDownload(AgreementDocument document, Viewer viewer, String username) {
		this.jdbc.sql("""
				insert into agreement_document_downloads (document_id, agreement_id, account_id, username, role)
				values (:document, :agreement, :account, :username, :role)""")
			.param("document", document.getId())
			.param("agreement", document.getAgreementId())
			.param("account", viewer.accountId())
			.param("username", username)
			.param("role", viewer.role().name())
			.update();
	}

}
