package vn.hanoi.cooperation.agreement;

/** The agreement list's filters, bound from the URL so that a filtered list can be bookmarked. */
public record AgreementFilter(Long province, AgreementStatus status, AgreementKind kind, String q) {

	public static AgreementFilter none() {
		return new AgreementFilter(null, null, null, null);
	}

	public boolean isEmpty() {
		return this.province == null && this.status == null && this.kind == null && text() == null;
	}

	/** The words typed in the search box, or null. */
	public String text() {
		return this.q == null || this.q.isBlank() ? null : this.q.strip();
	}

}
