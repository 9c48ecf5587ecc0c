package vn.hanoi.cooperation.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.audit.ChangeLog;
import vn.hanoi.cooperation.audit.HistoryEntry;
import vn.hanoi.cooperation.audit.RecordChange;
import vn.hanoi.cooperation.audit.RecordKind;
import vn.hanoi.cooperation.document.CheckedDocument;
import vn.hanoi.cooperation.document.DocumentCheck;
import vn.hanoi.cooperation.document.DocumentType;
import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.UploadLimits;

/** Reads agreements as the viewer may see them, writes them, keeps their documents and the history of both. */
@Service
public class AgreementService {

	private final Agreements agreements;

	private final AgreementDocuments documents;

	private final AgreementDocumentContents contents;

	private final AgreementAccess access;

	private final ChangeLog changes;

	private final Clock clock;

	private final UploadLimits limits;

	AgreementService(Agreements agreements, AgreementDocuments documents, AgreementDocumentContents contents,
			AgreementAccess access, ChangeLog changes, Clock clock, UploadLimits limits) {
		this.agreements = agreements;
		this.documents = documents;
		this.contents = contents;
		this.access = access;
		this.changes = changes;
		this.clock = clock;
		this.limits = limits;
	}

	/** The agreement if the viewer may see it; otherwise not found, exactly as if it did not exist. */
	@Transactional(readOnly = true)
	public Agreement findVisible(Long id, Viewer viewer) {
		return this.agreements.findWithDetailsById(id)
			.filter(agreement -> this.access.canRead(viewer, agreement))
			.orElseThrow(NotFoundException::new);
	}

	/** The agreement if the viewer keeps the register; anyone else gets 404 too. */
	@Transactional(readOnly = true)
	Agreement findManageable(Long id, Viewer viewer) {
		if (!this.access.canManage(viewer)) {
			throw new NotFoundException();
		}
		return this.agreements.findWithDetailsById(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * The agreements with one of these provinces (a unit and its predecessors) as partner, as this viewer may see
	 * them: a province officer gets only the shared ones, and only their own units among the partners.
	 */
	@Transactional(readOnly = true)
	public List<AgreementRow> findInvolving(Collection<Long> provinceIds, Viewer viewer) {
		Collection<Long> ids = viewer.isProvince()
				? provinceIds.stream().filter(viewer.provinceLineage()::contains).toList() : provinceIds;
		if (ids.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		return this.agreements.findInvolving(ids, viewer.isProvince())
			.stream()
			.map(a -> AgreementSearch.rowOf(a, viewer, today))
			.toList();
	}

	/** Every agreement, newest first, for the activity form (Hanoi's users only reach it). */
	@Transactional(readOnly = true)
	public List<Agreement> findAll() {
		return this.agreements.findAllNewestFirst();
	}

	@Transactional
	Agreement create(AgreementDraft draft, Viewer viewer) {
		Agreement agreement = new Agreement(viewer.accountId());
		agreement.apply(draft, viewer.accountId());
		agreement = this.agreements.saveAndFlush(agreement);
		this.changes.record(RecordKind.AGREEMENT, agreement.getId(), RecordChange.Action.CREATED, null, null,
				agreement.getTitle(), agreement.getVersion(), viewer);
		return agreement;
	}

	/** The caller has checked the version the user started from; a racing save fails on @Version. */
	@Transactional
	void update(Agreement agreement, AgreementDraft draft, Viewer viewer) {
		Map<String, String> before = AgreementSnapshot.of(agreement);
		agreement.apply(draft, viewer.accountId());
		recordDifferences(this.agreements.saveAndFlush(agreement), before, RecordChange.Action.UPDATED, viewer);
	}

	@Transactional
	void terminate(Agreement agreement, LocalDate on, String reason, Viewer viewer) {
		Map<String, String> before = AgreementSnapshot.of(agreement);
		agreement.terminate(on, reason, viewer.accountId());
		recordDifferences(this.agreements.saveAndFlush(agreement), before, RecordChange.Action.TERMINATED, viewer);
	}

	/** Every change of the agreement, newest first. */
	@Transactional(readOnly = true)
	List<HistoryEntry> historyOf(Long agreementId) {
		return this.changes.historyOf(RecordKind.AGREEMENT, agreementId);
	}

	/** What others saved since the version a user began editing (or terminating) from. */
	@Transactional(readOnly = true)
	List<HistoryEntry> changesSince(Long agreementId, long version) {
		return this.changes.changesSince(RecordKind.AGREEMENT, agreementId, version);
	}

	private void recordDifferences(Agreement saved, Map<String, String> before, RecordChange.Action action,
			Viewer viewer) {
		this.changes.recordDifferences(RecordKind.AGREEMENT, saved.getId(), action, before,
				AgreementSnapshot.of(saved), saved.getVersion(), viewer);
	}

	@Transactional(readOnly = true)
	List<AgreementDocument> documentsOf(Long agreementId) {
		return this.documents.findByAgreementIdOrderByCreatedAtAscIdAsc(agreementId);
	}

	/** The document if it belongs to an agreement the viewer may see. */
	@Transactional(readOnly = true)
	AgreementDocument findVisibleDocument(Long agreementId, Long documentId, Viewer viewer) {
		findVisible(agreementId, viewer);
		return this.documents.findByIdAndAgreementId(documentId, agreementId).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	byte[] contentOf(AgreementDocument document) {
		return this.contents.findById(document.getId())
			.map(AgreementDocumentContent::getContent)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Keeps an uploaded file when its bytes are a PDF, .docx or .xlsx that its name and its declared type admit
	 * to, within the size limit, and (for Word and Excel) unpacks within a budget and carries no macros; otherwise
	 * refuses it and stores nothing.
	 */
	@Transactional
	AgreementDocument attach(Agreement agreement, String originalName, String declaredType, byte[] bytes,
			Viewer viewer) {
		CheckedDocument checked = DocumentCheck.check(originalName, declaredType, bytes, this.limits.file().toBytes(),
				DocumentType.DOCUMENTS);
		AgreementDocument document = this.documents
			.saveAndFlush(new AgreementDocument(agreement.getId(), checked, viewer.accountId(), viewer.displayName()));
		this.contents.save(new AgreementDocumentContent(document.getId(), bytes));
		this.changes.record(RecordKind.AGREEMENT, agreement.getId(), RecordChange.Action.DOCUMENT_ADDED, "document",
				null, checked.fileName(), agreement.getVersion(), viewer);
		return document;
	}

	/**
	 * Removes a document of an agreement the caller found the viewer may manage ({@link AgreementAccess#canManage});
	 * the history keeps which file and who removed it. False when it was already removed (in another tab, by someone
	 * else), so that the user is told rather than shown an error.
	 */
	@Transactional
	boolean removeDocument(Agreement agreement, Long documentId, Viewer viewer) {
		Optional<AgreementDocument> document = this.documents.findByIdAndAgreementId(documentId, agreement.getId());
		if (document.isEmpty() || this.documents.deleteByIdAndAgreementId(documentId, agreement.getId()) == 0) {
			return false;
		}
		this.changes.record(RecordKind.AGREEMENT, agreement.getId(), RecordChange.Action.DOCUMENT_REMOVED, "document",
				document.get().getFileName(), null, agreement.getVersion(), viewer);
		return true;
	}

	public long maxDocumentMegabytes() {
		return this.limits.file().toMegabytes();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
