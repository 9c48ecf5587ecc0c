package vn.hanoi.cooperation.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The documents of agreements, without their bytes. */
interface AgreementDocuments extends Repository<AgreementDocument, Long> {

	List<AgreementDocument> findByAgreementIdOrderByCreatedAtAscIdAsc(Long agreementId);

	Optional<AgreementDocument> findByIdAndAgreementId(Long id, Long agreementId);

	AgreementDocument saveAndFlush(AgreementDocument document);

	long countByAgreementId(Long agreementId);

	/**
	 * Removes the document with its bytes (their foreign key cascades); 0 when it was already gone, which two tabs
	 * removing the same file meet: the second waits for the first's row and then finds nothing to remove.
	 */
	@Modifying
	@Query("delete from AgreementDocument d where d.id = :id and d.agreementId = :agreementId")
	int deleteByIdAndAgreementId(Long id, Long agreementId);

}
