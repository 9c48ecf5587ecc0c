package vn.hanoi.cooperation.agreement;

/** The agreement list's filters, bound from the URL so that a filtered list can be bookmarked. */
public record AgreementFilter(Long province, AgreementStatus status, AgreementKind kind) {

	public static AgreementFilter none() {
		return new AgreementFilter(null, null, null);
	}

	public boolean isEmpty() {
		return this.province == null && this.status == null && this.kind == null;
	}

}
