package vn.hanoi.cooperation.document;

import java.util.Locale;

/** Sizes of kept files as people read them. */
public final class FileSizes {

	private FileSizes() {
	}

	/** "1,2 MB", "350 KB". */
	public static String display(long bytes) {
		if (bytes >= 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
		}
		return Math.max(1, (bytes + 1023) / 1024) + " KB";
	}

}
