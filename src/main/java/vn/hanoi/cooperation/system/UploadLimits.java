package vn.hanoi.cooperation.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How large a kept file and one upload request may be, read from the settings the server itself obeys, so that
 * what a page says is what the portal does. A file limit that no upload could ever reach, or that the database
 * would refuse with an error 500 instead of the portal's message, stops the start and names the setting. The one
 * reader of these settings: agreements, evidence, the too-large page and {@link UploadLimitFilter} ask it.
 */
@Component
// The container's own multipart settings, with Spring's defaults where unset; registered here too for contexts
// without the multipart auto-configuration (web slices), never twice.
@EnableConfigurationProperties(MultipartProperties.class)
public class UploadLimits {

	static final String FILE_PROPERTY = "portal.documents.max-size";

	static final String CONTAINER_FILE_PROPERTY = "spring.servlet.multipart.max-file-size";

	static final String REQUEST_PROPERTY = "spring.servlet.multipart.max-request-size";

	/**
	 * What the database's checks on kept files allow (V4 agreement_documents and their contents, V82
	 * activity_evidence and its contents): 20 MB. Raising it takes a migration as well as the setting.
	 */
	public static final DataSize DATABASE_MAXIMUM = DataSize.ofBytes(20_971_520);

	private final DataSize file;

	private final DataSize request;

	UploadLimits(@Value("${" + FILE_PROPERTY + "}") DataSize file, MultipartProperties container) {
		DataSize containerFile = container.getMaxFileSize();
		DataSize request = container.getMaxRequestSize();
		// No cause attached: this message is then the root cause that a failed start ends with.
		if (file.compareTo(DATABASE_MAXIMUM) > 0) {
			throw new IllegalStateException(FILE_PROPERTY + " (PORTAL_DOCUMENTS_MAXSIZE) is " + shown(file)
					+ ", but the database keeps files of at most " + shown(DATABASE_MAXIMUM) + " (the checks of "
					+ "agreement_documents and activity_evidence): set it to " + shown(DATABASE_MAXIMUM) + " or less");
		}
		if (file.compareTo(containerFile) > 0) {
			throw new IllegalStateException(FILE_PROPERTY + " (PORTAL_DOCUMENTS_MAXSIZE) is " + shown(file)
					+ ", above " + CONTAINER_FILE_PROPERTY + " (" + shown(containerFile) + "): the server would refuse "
					+ "the largest files before the portal reads them; raise " + CONTAINER_FILE_PROPERTY
					+ " or lower " + FILE_PROPERTY);
		}
		// A request carries the file's part headers and the form's other fields too.
		if (file.compareTo(request) >= 0) {
			throw new IllegalStateException(FILE_PROPERTY + " (PORTAL_DOCUMENTS_MAXSIZE) is " + shown(file)
					+ ", not below " + REQUEST_PROPERTY + " (" + shown(request) + "): no request could carry the "
					+ "largest files; raise " + REQUEST_PROPERTY + " or lower " + FILE_PROPERTY);
		}
		this.file = file;
		this.request = request;
	}

	/** The largest file kept, agreement document or evidence. */
	public DataSize file() {
		return this.file;
	}

	/** The largest upload request the server reads: every file of one sending, with the form's fields. */
	public DataSize request() {
		return this.request;
	}

	/** "20MB" for a whole number of megabytes, otherwise the bytes ("20971521B"), as the setting is written. */
	private static String shown(DataSize size) {
		long megabyte = DataSize.ofMegabytes(1).toBytes();
		return size.toBytes() % megabyte == 0 ? size.toMegabytes() + "MB" : size.toBytes() + "B";
	}

}
