package vn.hanoi.cooperation.activity;

/**
 * A feature whose records may refer to an activity (yearly results do). While one refers to it, the activity
 * cannot be deleted; the user is told why in the feature's own words.
 */
public interface ActivityReference {

	boolean refersTo(Long activityId);

	/** Message key of the explanation shown when deletion is refused. */
	String refusalMessageKey();

}
