package vn.hanoi.cooperation.activity;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The evidence of activities, without its bytes (the activity's page lists it through {@link ActivityDetails}). */
interface EvidenceFiles extends Repository<Evidence, Long> {

	Optional<Evidence> findByIdAndActivityId(Long id, Long activityId);

	Evidence saveAndFlush(Evidence evidence);

	void delete(Evidence evidence);

}
