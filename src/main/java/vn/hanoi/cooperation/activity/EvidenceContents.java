package vn.hanoi.cooperation.activity;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The bytes of evidence, read one file at a time for a download or a thumbnail. */
interface EvidenceContents extends Repository<EvidenceContent, Long> {

	Optional<EvidenceContent> findById(Long evidenceId);

	EvidenceContent save(EvidenceContent content);

}
