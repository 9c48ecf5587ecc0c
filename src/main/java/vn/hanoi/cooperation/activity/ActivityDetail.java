package vn.hanoi.cooperation.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.hanoi.cooperation.audit.HistoryEntry;
import vn.hanoi.cooperation.document.FileSizes;
import vn.hanoi.cooperation.province.ProvinceName;

/**
 * What an activity's own page shows, read in one statement by {@link ActivityDetails}: plain records, none of
 * them an entity. A province reads no history.
 */
record ActivityDetail(ActivityFacts activity, List<ProgressNote> progress, List<EvidenceFile> evidence,
		List<CommentEntry> comments, List<HistoryEntry> history) {

	/** A progress note, newest first. */
	record ProgressNote(Long id, LocalDate notedOn, String note, String authorName) {
	}

	/**
	 * A file of evidence, of the activity or of one of its notes ({@code progressUpdateId}); whether its uploader may
	 * still change the activity decides who else may remove it ({@link ActivityAccess#canRemoveEvidence}).
	 */
	record EvidenceFile(Long id, Long progressUpdateId, String fileName, boolean hasThumbnail, long sizeBytes,
			Long uploadedBy, String uploadedByName, boolean uploaderMayStillEdit, Instant createdAt) {

		/** Size as people read it: "1,2 MB", "350 KB". */
		public String displaySize() {
			return FileSizes.display(this.sizeBytes);
		}

	}

	/** One message of the conversation with a partner province, oldest first. */
	record CommentEntry(Long id, ProvinceName province, String authorName, boolean fromProvince, String body,
			Instant commentedAt) {
	}

}
