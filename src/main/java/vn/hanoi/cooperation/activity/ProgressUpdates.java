package vn.hanoi.cooperation.activity;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ProgressUpdates extends Repository<ProgressUpdate, Long> {

	List<ProgressUpdate> findByActivityIdOrderByNotedOnDescIdDesc(Long activityId);

	ProgressUpdate save(ProgressUpdate update);

}
