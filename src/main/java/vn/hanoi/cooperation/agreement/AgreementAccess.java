package vn.hanoi.cooperation.agreement;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.Viewer;

/**
 * Who may see and change agreements; the one place these rules live (the list's SQL in {@link AgreementSearch}
 * applies the same read rule). An agreement a user may not see answers 404, and so do its documents.
 */
@Component
public class AgreementAccess {

	/** Hanoi's users read every agreement; a province reads those shared with it or with a predecessor. */
	public boolean canRead(Viewer viewer, Agreement agreement) {
		if (!viewer.isProvince()) {
			return true;
		}
		return agreement.isSharedWithProvinces() && agreement.involvesAny(viewer.provinceLineage());
	}

	/**
	 * The coordinating department and administrators keep the register of agreements: they write them, attach their
	 * documents and remove any document, whoever attached it. This is the evidence rule
	 * ({@code ActivityAccess.canRemoveEvidence}) in agreements' terms: only they may change an agreement, so every
	 * uploader is one of them, removes their own file while they still may, and any of them removes a file whose
	 * uploader no longer may.
	 */
	public boolean canManage(Viewer viewer) {
		return viewer.actsForEveryDepartment();
	}

}
