package vn.hanoi.cooperation.agreement;

import java.util.Locale;
import java.util.Set;

/**
 * The kinds of file an agreement accepts, each with the extension its name must carry and the types a browser
 * may declare for it.
 */
enum DocumentType {

	PDF("application/pdf", "pdf", "application/x-pdf"),
	// Windows without Office calls any zip package "zip".
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "application/zip",
			"application/x-zip-compressed"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "application/zip",
			"application/x-zip-compressed");

	/** What a browser declares when the computer does not know the file type. */
	private static final Set<String> UNKNOWN = Set.of("", "application/octet-stream", "binary/octet-stream");

	private final String contentType;

	private final String extension;

	private final Set<String> aliases;

	DocumentType(String contentType, String extension, String... aliases) {
		this.contentType = contentType;
		this.extension = extension;
		this.aliases = Set.of(aliases);
	}

	/**
	 * Whether the type the browser declared fits these bytes: the type itself, a known alias, or "unknown". A
	 * declared page, image or macro-enabled document never does.
	 */
	boolean admitsDeclared(String declared) {
		String type = declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return UNKNOWN.contains(type) || type.equals(this.contentType) || this.aliases.contains(type);
	}

	String contentType() {
		return this.contentType;
	}

	String extension() {
		return this.extension;
	}

}
