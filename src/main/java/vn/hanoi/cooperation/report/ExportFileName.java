package vn.hanoi.cooperation.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.hanoi.cooperation.system.AttachmentNames;

/**
 * A downloaded file's name, made of what it holds ("hoạt động", "2024", "Sở Công Thương", the day): in
 * Vietnamese for browsers that read RFC 6266's {@code filename*}, and in plain ASCII
 * ("hoat-dong-2024-so-cong-thuong-2026-11-27.xlsx") for those that do not and for file systems that mangle
 * diacritics.
 */
public record ExportFileName(String unicode, String ascii) {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The parts in order, blank ones left out, each written in lower case with hyphens between words. */
	public static ExportFileName of(String extension, List<String> parts) {
		String words = parts.stream()
			.filter(Objects::nonNull)
			.map(part -> part.strip().toLowerCase(VIETNAMESE))
			.filter(part -> !part.isEmpty())
			.collect(Collectors.joining(" "));
		String unicode = hyphenate(words.replaceAll("[^\\p{L}\\p{N}]+", " "));
		return new ExportFileName(unicode + "." + extension, hyphenate(ascii(words)) + "." + extension);
	}

	/** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded-vietnamese}. */
	public String contentDisposition() {
		return AttachmentNames.contentDisposition(this.ascii, this.unicode);
	}

	private static String ascii(String words) {
		return AttachmentNames.unaccented(words).replaceAll("[^a-z0-9]+", " ");
	}

	private static String hyphenate(String words) {
		String hyphenated = words.strip().replaceAll("\\s+", "-");
		return hyphenated.isEmpty() ? "tep" : hyphenated;
	}

}
