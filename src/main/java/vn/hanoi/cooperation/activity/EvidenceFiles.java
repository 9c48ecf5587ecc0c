package vn.hanoi.cooperation.activity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The evidence of activities, without its bytes. */
interface EvidenceFiles extends Repository<Evidence, Long> {

	List<Evidence> findByActivityIdOrderByCreatedAtAscIdAsc(Long activityId);

	Optional<Evidence> findByIdAndActivityId(Long id, Long activityId);

	Evidence saveAndFlush(Evidence evidence);

	void delete(Evidence evidence);

}
