package vn.hanoi.cooperation.activity;

/**
 * Published inside the transaction that adds a comment to the conversation between Hanoi and one province about
 * an activity; {@code fromProvince} tells which side wrote it.
 */
public record ActivityCommented(Long activityId, Long provinceId, boolean fromProvince, Long authorId, String body) {
}
