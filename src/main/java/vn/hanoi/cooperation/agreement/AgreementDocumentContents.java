package vn.hanoi.cooperation.agreement;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The bytes of documents, read one at a time for a download. */
interface AgreementDocumentContents extends Repository<AgreementDocumentContent, Long> {

	Optional<AgreementDocumentContent> findById(Long documentId);

	AgreementDocumentContent save(AgreementDocumentContent content);

}
