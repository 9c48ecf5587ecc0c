package vn.hanoi.cooperation.activity;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ActivityChanges extends Repository<ActivityChange, Long> {

	List<ActivityChange> findByActivityIdOrderByChangedAtDescIdDesc(Long activityId);

	/** What others saved after the version a user started editing from. */
	List<ActivityChange> findByActivityIdAndVersionAfterGreaterThanOrderByIdAsc(Long activityId, Long version);

	ActivityChange save(ActivityChange change);

}
