package vn.hanoi.cooperation.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.hanoi.cooperation.system.OfficePackage;

/**
 * Tells what a file is from its bytes, never from its name: a PDF starts with {@code %PDF-}; .docx and .xlsx are
 * zip archives whose central directory lists the entries Office writes. The directory is read without inflating
 * anything, so an archive built to explode on decompression costs nothing here. Also cleans file names.
 */
public final class DocumentInspector {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final int ZIP_LOCAL_HEADER = 0x04034b50;

	private static final int ZIP_END_OF_DIRECTORY = 0x06054b50;

	private static final int ZIP_DIRECTORY_ENTRY = 0x02014b50;

	private static final int MAX_ENTRIES = 10_000;

	static final int FILE_NAME_MAX = 150;

	private DocumentInspector() {
	}

	public static Optional<DocumentType> detect(byte[] bytes) {
		if (startsWith(bytes, PDF)) {
			return Optional.of(DocumentType.PDF);
		}
		if (startsWith(bytes, JPEG)) {
			return Optional.of(DocumentType.JPEG);
		}
		if (startsWith(bytes, PNG)) {
			return Optional.of(DocumentType.PNG);
		}
		if (bytes.length >= 4 && int32(bytes, 0) == ZIP_LOCAL_HEADER) {
			Set<String> entries = zipEntryNames(bytes);
			if (entries.contains("[Content_Types].xml")) {
				if (entries.contains("word/document.xml")) {
					return Optional.of(DocumentType.DOCX);
				}
				if (entries.contains("xl/workbook.xml")) {
					return Optional.of(DocumentType.XLSX);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * A Word or Excel package is unpacked under a budget and must carry no macros; a PDF or a photo needs nothing
	 * more here (a photo is decoded and cleaned by {@link Photos}). The
	 * central directory's names count too: Office reads the package by them.
	 */
	public static void requireSafePackage(DocumentType type, byte[] bytes, long maximumUnpackedBytes) {
		if (type != DocumentType.DOCX && type != DocumentType.XLSX) {
			return;
		}
		OfficePackage opened;
		try {
			opened = OfficePackage.open(bytes, maximumUnpackedBytes);
		}
		catch (OfficePackage.Refused ex) {
			throw new DocumentRefusedException(ex.reason() == OfficePackage.Refused.Reason.ZIP_BOMB ? "zipBomb" : "wrongType");
		}
		if (opened.hasMacros() || zipEntryNames(bytes).stream().anyMatch(OfficePackage::isMacroPart)) {
			throw new DocumentRefusedException("macros");
		}
	}

	/**
	 * The last segment of the name a browser sent, without control characters or anything a file system or a
	 * header could read as syntax; null when nothing usable is left.
	 */
	public static String sanitizeFileName(String original) {
		if (original == null) {
			return null;
		}
		String name = Normalizer.normalize(original, Normalizer.Form.NFC);
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
			.replaceAll("[^\\p{L}\\p{M}\\p{N} ._()\\-]", "_")
			.replaceAll("\\s+", " ")
			.replaceAll("_{2,}", "_")
			.strip();
		// A name with nothing before its extension ("📄.pdf", ".pdf") is refused for its name: stripping the leading
		// dots below would leave "pdf", refused as an extension that does not match the content.
		int dot = name.lastIndexOf('.');
		if ((dot < 0 ? name : name.substring(0, dot)).chars().noneMatch(Character::isLetterOrDigit)) {
			return null;
		}
		// Leading dots would hide the file or name a parent directory.
		name = name.replaceAll("^[.\\s_]+", "");
		if (name.length() > FILE_NAME_MAX) {
			dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
			name = name.substring(0, FILE_NAME_MAX - extension.length()).strip() + extension;
		}
		return name.isEmpty() || name.chars().noneMatch(Character::isLetterOrDigit) ? null : name;
	}

	/** The extension of a (sanitised) name, lower case, or "" when it has none. */
	public static String extensionOf(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static Set<String> zipEntryNames(byte[] bytes) {
		Set<String> names = new HashSet<>();
		int end = findEndOfDirectory(bytes);
		if (end < 0) {
			return names;
		}
		int count = int16(bytes, end + 10);
		long directoryOffset = int32(bytes, end + 16) & 0xffffffffL;
		int position = (int) Math.min(directoryOffset, Integer.MAX_VALUE);
		for (int i = 0; i < Math.min(count, MAX_ENTRIES); i++) {
			if (position < 0 || position + 46 > bytes.length || int32(bytes, position) != ZIP_DIRECTORY_ENTRY) {
				break;
			}
			int nameLength = int16(bytes, position + 28);
			int extraLength = int16(bytes, position + 30);
			int commentLength = int16(bytes, position + 32);
			if (position + 46 + nameLength > bytes.length) {
				break;
			}
			names.add(new String(bytes, position + 46, nameLength, StandardCharsets.UTF_8));
			position += 46 + nameLength + extraLength + commentLength;
		}
		return names;
	}

	/** The end-of-central-directory record sits in the last 22 bytes plus a comment of at most 65,535. */
	private static int findEndOfDirectory(byte[] bytes) {
		int last = bytes.length - 22;
		int first = Math.max(0, last - 65_535);
		for (int i = last; i >= first; i--) {
			if (int32(bytes, i) == ZIP_END_OF_DIRECTORY) {
				return i;
			}
		}
		return -1;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int int16(byte[] bytes, int offset) {
		return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8;
	}

	private static int int32(byte[] bytes, int offset) {
		return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8 | (bytes[offset + 2] & 0xff) << 16
				| (bytes[offset + 3] & 0xff) << 24;
	}

}
