package vn.hanoi.cooperation.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * The one check every kept upload passes, agreement document or activity evidence: not empty, within the size
 * limit, a usable name, bytes of an accepted type whose extension and declared type agree, a Word or Excel
 * package that unpacks within a budget without macros, a photo that decodes within its pixel budget (and loses
 * its metadata). Any failure throws {@link DocumentRefusedException} before anything is stored.
 */
public final class DocumentCheck {

	/** A Word or Excel document may unpack to this many times the upload limit (a zip bomb goes far beyond). */
	private static final int UNPACKED_FACTOR = 10;

	private DocumentCheck() {
	}

	public static CheckedDocument check(String originalName, String declaredType, byte[] bytes, long maximumBytes,
			Set<DocumentType> accepted) {
		if (bytes.length == 0) {
			throw new DocumentRefusedException("empty");
		}
		if (bytes.length > maximumBytes) {
			throw new DocumentRefusedException("tooLarge");
		}
		String fileName = DocumentInspector.sanitizeFileName(originalName);
		if (fileName == null) {
			throw new DocumentRefusedException("badName");
		}
		DocumentType type = DocumentInspector.detect(bytes)
			.filter(accepted::contains)
			.orElseThrow(() -> new DocumentRefusedException("wrongType"));
		if (!type.admitsExtension(DocumentInspector.extensionOf(fileName))) {
			throw new DocumentRefusedException("extensionMismatch");
		}
		DocumentInspector.requireSafePackage(type, bytes, maximumBytes * UNPACKED_FACTOR);
		if (!type.admitsDeclared(declaredType)) {
			throw new DocumentRefusedException("declaredTypeMismatch");
		}
		if (type.isPhoto()) {
			byte[] cleaned = Photos.withoutMetadata(type, bytes);
			return new CheckedDocument(fileName, type, cleaned, sha256(cleaned), Photos.thumbnail(cleaned),
					null);
		}
		return new CheckedDocument(fileName, type, bytes, sha256(bytes), null, DocumentText.of(type, bytes));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
