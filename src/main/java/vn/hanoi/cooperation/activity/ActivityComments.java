package vn.hanoi.cooperation.activity;

import org.springframework.data.repository.Repository;

/** The conversations' messages are written here; the activity's page reads them in {@link ActivityDetails}. */
interface ActivityComments extends Repository<ActivityComment, Long> {

	ActivityComment save(ActivityComment comment);

}
