package vn.hanoi.cooperation.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The documents of agreements, without their bytes. */
interface AgreementDocuments extends Repository<AgreementDocument, Long> {

	List<AgreementDocument> findByAgreementIdOrderByCreatedAtAscIdAsc(Long agreementId);

	Optional<AgreementDocument> findByIdAndAgreementId(Long id, Long agreementId);

	AgreementDocument saveAndFlush(AgreementDocument document);

	long countByAgreementId(Long agreementId);

}
