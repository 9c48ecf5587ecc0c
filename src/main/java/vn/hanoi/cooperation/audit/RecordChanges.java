package vn.hanoi.cooperation.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

interface RecordChanges extends Repository<RecordChange, Long> {

	List<RecordChange> findByKindAndRecordIdOrderByChangedAtDescIdDesc(RecordKind kind, Long recordId);

	/** What others saved after the version a user started editing from. */
	List<RecordChange> findByKindAndRecordIdAndVersionAfterGreaterThanOrderByIdAsc(RecordKind kind, Long recordId,
			Long version);

	RecordChange save(RecordChange change);

}
