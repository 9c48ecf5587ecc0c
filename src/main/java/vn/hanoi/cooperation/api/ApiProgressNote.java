package vn.hanoi.cooperation.api;

import java.time.Instant;
import java.time.LocalDate;

/** A dated progress note of an activity, newest first in its list. */
record ApiProgressNote(Long id, LocalDate notedOn, String note, String authorName, Instant createdAt) {

}
