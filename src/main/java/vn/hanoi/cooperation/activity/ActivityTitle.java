package vn.hanoi.cooperation.activity;

/** An activity's title with what names it in a spreadsheet: its own reference or HD-<id>. */
record ActivityTitle(Long id, String reference, String title) {

	public String shownReference() {
		return this.reference != null ? this.reference : "HD-" + this.id;
	}

}
