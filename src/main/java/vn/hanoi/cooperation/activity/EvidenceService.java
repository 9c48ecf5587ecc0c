package vn.hanoi.cooperation.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.audit.ChangeLog;
import vn.hanoi.cooperation.audit.RecordChange;
import vn.hanoi.cooperation.audit.RecordKind;
import vn.hanoi.cooperation.document.CheckedDocument;
import vn.hanoi.cooperation.document.DocumentCheck;
import vn.hanoi.cooperation.document.DocumentRefusedException;
import vn.hanoi.cooperation.document.DocumentType;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Keeps the evidence of activities: checked like agreement documents ({@link DocumentCheck}), photos cleaned of
 * their metadata and given a thumbnail, all files of one post kept together or none. Who may do what is decided
 * by the caller, which passes an activity the viewer may see or change; who may remove which file, here.
 */
@Service
class EvidenceService {

	private final EvidenceFiles files;

	private final EvidenceContents contents;

	private final Activities activities;

	private final EvidenceLimits limits;

	private final ChangeLog changes;

	private final ActivityAccess access;

	EvidenceService(EvidenceFiles files, EvidenceContents contents, Activities activities, ChangeLog changes,
			EvidenceLimits limits, ActivityAccess access) {
		this.files = files;
		this.contents = contents;
		this.activities = activities;
		this.changes = changes;
		this.limits = limits;
		this.access = access;
	}

	/**
	 * Every file checked before anything is stored. The empty part a browser sends when no file was chosen is no
	 * file; none at all is fine (a note without evidence).
	 */
	List<CheckedDocument> check(List<MultipartFile> uploads) {
		List<MultipartFile> chosen = uploads == null ? List.of()
				: uploads.stream().filter(f -> !(f.isEmpty() && isBlank(f.getOriginalFilename()))).toList();
		if (chosen.size() > this.limits.files()) {
			throw new EvidenceRefused(null, "tooMany");
		}
		List<CheckedDocument> checked = new ArrayList<>();
		for (MultipartFile upload : chosen) {
			try {
				checked.add(DocumentCheck.check(upload.getOriginalFilename(), upload.getContentType(), upload.getBytes(),
						this.limits.fileBytes(), DocumentType.DOCUMENTS_AND_PHOTOS));
			}
			catch (DocumentRefusedException ex) {
				throw new EvidenceRefused(upload.getOriginalFilename(), ex.reason());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return checked;
	}

	/** Keeps checked files as evidence of the activity, or of one of its notes when {@code progressUpdateId} is set. */
	@Transactional
	void attach(Activity activity, Long progressUpdateId, List<CheckedDocument> checked, Viewer viewer) {
		ActivityService.requireStillThere(this.activities, activity);
		for (CheckedDocument file : checked) {
			Evidence evidence = this.files.saveAndFlush(
					new Evidence(activity.getId(), progressUpdateId, file, viewer.accountId(), viewer.displayName()));
			this.contents.save(new EvidenceContent(evidence.getId(), file.content(), file.thumbnail()));
			this.changes.record(RecordKind.ACTIVITY, activity.getId(), RecordChange.Action.DOCUMENT_ADDED, "evidence",
					null, file.fileName(), activity.getVersion(), viewer);
		}
		if (!checked.isEmpty()) {
			// The list's search reads the files' text: its pages must be read again.
			this.activities.touch(activity.getId());
		}
	}

	/** The file if it belongs to this activity (one the caller found the viewer may see). */
	@Transactional(readOnly = true)
	Evidence find(Activity activity, Long evidenceId) {
		return this.files.findByIdAndActivityId(evidenceId, activity.getId()).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	byte[] contentOf(Evidence evidence) {
		return this.contents.findById(evidence.getId())
			.map(EvidenceContent::getContent)
			.orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	byte[] thumbnailOf(Evidence evidence) {
		return this.contents.findById(evidence.getId())
			.map(EvidenceContent::getThumbnail)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Deletes a file of an activity the viewer may change, if {@link ActivityAccess#canRemoveEvidence} lets them;
	 * otherwise it answers 404. The activity's history names who removed it. False when the file was already removed
	 * (in another tab, by someone else), so that the user is told rather than shown an error page.
	 */
	@Transactional
	boolean delete(Activity activity, Long evidenceId, Viewer viewer) {
		Optional<Evidence> found = this.files.findForRemoval(evidenceId, activity.getId());
		if (found.isEmpty()) {
			return false;
		}
		Evidence evidence = found.get();
		if (!this.access.canRemoveEvidence(viewer, activity, evidence.getUploadedBy(),
				this.files.uploaderMayStillEdit(evidence.getId()))) {
			throw new NotFoundException();
		}
		this.files.delete(evidence);
		this.changes.record(RecordKind.ACTIVITY, activity.getId(), RecordChange.Action.DOCUMENT_REMOVED, "evidence",
				evidence.getFileName(), null, activity.getVersion(), viewer);
		this.activities.touch(activity.getId());
		return true;
	}

	private static boolean isBlank(String name) {
		return name == null || name.isBlank();
	}

}
