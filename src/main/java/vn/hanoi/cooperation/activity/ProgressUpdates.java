package vn.hanoi.cooperation.activity;

import org.springframework.data.repository.Repository;

interface ProgressUpdates extends Repository<ProgressUpdate, Long> {

	ProgressUpdate save(ProgressUpdate update);

}
