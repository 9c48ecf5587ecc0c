package vn.hanoi.cooperation.result;

/** Published inside the transaction that locks the year. */
public record YearLocked(int year, Long actorId) {
}
