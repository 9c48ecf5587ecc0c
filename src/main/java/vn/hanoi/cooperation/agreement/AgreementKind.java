package vn.hanoi.cooperation.agreement;

/** What kind of paper the two sides signed. */
public enum AgreementKind {

	COOPERATION_AGREEMENT, COOPERATION_PROGRAMME, MEMORANDUM_OF_UNDERSTANDING, WORKING_MINUTES, OTHER;

	public String messageKey() {
		return "agreement.kind." + name();
	}

}
