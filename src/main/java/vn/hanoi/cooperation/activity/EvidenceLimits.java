package vn.hanoi.cooperation.activity;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.system.UploadLimits;

/**
 * What one sending of evidence may hold, as the server enforces it and as the page says it: each file up to the
 * documents' limit, at most {@link #files()} files, and all of them together within the upload request's limit.
 */
@Component
class EvidenceLimits {

	/** Files in one post: enough for a meeting's minutes and photos. */
	static final int MAXIMUM_FILES = 10;

	/**
	 * Room in a request for what is not file content: the note (4,000 characters, at most 16 KB), the form's tokens
	 * and each file's part headers. The browser keeps the files under the request's limit less this, so that the
	 * server never refuses the whole post unread.
	 */
	static final long FORM_ROOM_BYTES = 64 * 1024;

	private final UploadLimits limits;

	EvidenceLimits(UploadLimits limits) {
		this.limits = limits;
	}

	public long fileBytes() {
		return this.limits.file().toBytes();
	}

	public long fileMegabytes() {
		return this.limits.file().toMegabytes();
	}

	public int files() {
		return MAXIMUM_FILES;
	}

	/** What the files of one sending may add up to in the browser's check. */
	public long sendingBytes() {
		return this.limits.request().toBytes() - FORM_ROOM_BYTES;
	}

	/** The request's limit, as the page names it for all files of one sending together. */
	public long sendingMegabytes() {
		return this.limits.request().toMegabytes();
	}

}
