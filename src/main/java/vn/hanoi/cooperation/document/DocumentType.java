package vn.hanoi.cooperation.document;

import java.util.Locale;
import java.util.Set;

/**
 * The kinds of file the portal keeps (agreement documents, activity evidence), each with the extensions its name
 * may carry and the types a browser may declare for it.
 */
public enum DocumentType {

	PDF("application/pdf", "pdf", "application/x-pdf"),
	// Windows without Office calls any zip package "zip".
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "application/zip",
			"application/x-zip-compressed"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "application/zip",
			"application/x-zip-compressed"),
	// Some phones' apps declare a photo "image/jpg", a type that does not exist but names the same bytes.
	JPEG("image/jpeg", "jpg", "image/pjpeg", "image/jpg"),
	PNG("image/png", "png");

	/** What an agreement takes: documents, not photos. */
	public static final Set<DocumentType> DOCUMENTS = Set.of(PDF, DOCX, XLSX);

	/** What evidence of an activity takes: documents and photos. */
	public static final Set<DocumentType> DOCUMENTS_AND_PHOTOS = Set.of(PDF, DOCX, XLSX, JPEG, PNG);

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
	public boolean admitsDeclared(String declared) {
		String type = declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return UNKNOWN.contains(type) || type.equals(this.contentType) || this.aliases.contains(type);
	}

	/** The type a kept file was stored with. */
	public static java.util.Optional<DocumentType> ofContentType(String contentType) {
		return java.util.Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
	}

	/** Whether a file name's extension (lower case) fits: a JPEG may also be named .jpeg. */
	public boolean admitsExtension(String extension) {
		return this.extension.equals(extension) || (this == JPEG && "jpeg".equals(extension));
	}

	public boolean isPhoto() {
		return this == JPEG || this == PNG;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

}
