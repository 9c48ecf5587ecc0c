package vn.hanoi.cooperation.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A .docx or .xlsx file opened as what it is, a zip package, by actually inflating it under a budget: a package
 * built to explode on decompression (a zip bomb) is stopped as soon as it passes the budget, whatever its headers
 * claim, and a package that carries macros is recognised by its parts.
 */
public final class OfficePackage {

	/** How much more than its packed size a package may unpack to; real Office files stay far below. */
	static final int MAXIMUM_RATIO = 100;

	/** Below this much unpacked, the ratio does not matter (small XML compresses very well). */
	static final long RATIO_FLOOR = 10L * 1024 * 1024;

	/** The [Content_Types].xml part is read for macro types; a real one is a few kilobytes. */
	private static final int CONTENT_TYPES_MAXIMUM = 1024 * 1024;

	private final Set<String> entryNames;

	private final String contentTypes;

	private OfficePackage(Set<String> entryNames, String contentTypes) {
		this.entryNames = entryNames;
		this.contentTypes = contentTypes;
	}

	/**
	 * Inflates every entry, counting what comes out, and refuses a package that unpacks to more than
	 * {@code maximumUnpackedBytes} or to more than {@value #MAXIMUM_RATIO} times its own size.
	 */
	public static OfficePackage open(byte[] bytes, long maximumUnpackedBytes) throws Refused {
		long budget = Math.min(maximumUnpackedBytes, Math.max(RATIO_FLOOR, (long) bytes.length * MAXIMUM_RATIO));
		Set<String> names = new LinkedHashSet<>();
		String contentTypes = "";
		long unpacked = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				names.add(entry.getName());
				boolean typesPart = "[Content_Types].xml".equals(entry.getName());
				ByteArrayOutputStream kept = new ByteArrayOutputStream();
				for (int n; (n = zip.read(buffer)) != -1;) {
					unpacked += n;
					if (unpacked > budget) {
						throw new Refused(Refused.Reason.ZIP_BOMB);
					}
					if (typesPart && kept.size() < CONTENT_TYPES_MAXIMUM) {
						kept.write(buffer, 0, n);
					}
				}
				if (typesPart) {
					contentTypes = kept.toString(StandardCharsets.UTF_8);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// A broken archive, or entry names in no known encoding.
			throw new Refused(Refused.Reason.BROKEN);
		}
		if (names.isEmpty()) {
			throw new Refused(Refused.Reason.BROKEN);
		}
		return new OfficePackage(names, contentTypes);
	}

	/** Whether the bytes start like a zip archive (a local file header). */
	public static boolean looksLikeZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	public boolean contains(String entryName) {
		return this.entryNames.contains(entryName);
	}

	/**
	 * VBA projects (Word, Excel, PowerPoint), Excel 4.0 macro sheets and any part declared macro-enabled: Office
	 * would offer to run them, so the portal does not keep or hand them out.
	 */
	public boolean hasMacros() {
		String types = this.contentTypes.toLowerCase(Locale.ROOT);
		return this.entryNames.stream().anyMatch(OfficePackage::isMacroPart) || types.contains("macroenabled")
				|| types.contains("vbaproject") || types.contains("macrosheet");
	}

	/** A part name that holds macro code, in any folder and any letter case. */
	public static boolean isMacroPart(String entryName) {
		String lower = entryName.toLowerCase(Locale.ROOT);
		return lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml") || lower.contains("macrosheets/");
	}

	/** Why a package was refused. */
	public static final class Refused extends Exception {

		public enum Reason {

			/** Unpacks to far more than its size or than the budget. */
			ZIP_BOMB,
			/** Not a readable zip archive. */
			BROKEN

		}

		private final Reason reason;

		Refused(Reason reason) {
			super(reason.name(), null, false, false);
			this.reason = reason;
		}

		public Reason reason() {
			return this.reason;
		}

	}

}
