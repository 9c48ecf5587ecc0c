package vn.hanoi.cooperation.activity;

/** A comment as typed; Hanoi's users also say which partner province they write to. */
record CommentForm(String provinceId, String body) {

	static final int BODY_MAX = 4000;

	static CommentForm blank() {
		return new CommentForm("", "");
	}

}
