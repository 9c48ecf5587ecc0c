package vn.hanoi.cooperation.agreement;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.document.KeptFileResponse;

/**
 * An agreement's document handed out, by its page and by the read API alike: only to someone who may see the
 * agreement (otherwise not found), always recorded in the download log, always an attachment.
 */
@Component
public class AgreementDocumentDownloads {

	private final AgreementService service;

	private final DocumentDownloadLog log;

	AgreementDocumentDownloads(AgreementService service, DocumentDownloadLog log) {
		this.service = service;
		this.log = log;
	}

	public ResponseEntity<byte[]> download(Long agreementId, Long documentId, Viewer viewer, String username) {
		AgreementDocument document = this.service.findVisibleDocument(agreementId, documentId, viewer);
		byte[] content = this.service.contentOf(document);
		this.log.recordDownload(document, viewer, username);
		return KeptFileResponse.attachment(document.getFileName(), document.getContentType(), content);
	}

}
