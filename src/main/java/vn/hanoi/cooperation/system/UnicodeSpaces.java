package vn.hanoi.cooperation.system;

import java.util.regex.Pattern;

/**
 * Typed or pasted text trimmed of every kind of space. Java's {@code strip()} and {@code \s} keep the no-break
 * space (U+00A0) and its kin that documents and spreadsheets carry: a name made of them alone looked filled in to
 * {@code @NotBlank} and showed as nothing, and an e-mail address ending in one reached nobody. Invisible format
 * characters (Unicode's Cf: zero-width space, zero-width joiner and non-joiner, word joiner, byte order mark, the
 * direction marks) count as spaces at the edges for the same reason; inside the text they stay, for a joiner
 * between two letters shapes the word.
 */
public final class UnicodeSpaces {

	/** One character that {@link #trim} takes from the edges, for a pattern in {@code (?U)} mode. */
	public static final String EDGE = "[\\s\\p{Cf}]";

	private static final Pattern OUTER_SPACES = Pattern.compile("(?U)^" + EDGE + "+|" + EDGE + "+$");

	private UnicodeSpaces() {
	}

	/** The text without the spaces around it (empty when it held nothing else); null stays null. */
	public static String trim(String text) {
		return text == null ? null : OUTER_SPACES.matcher(text).replaceAll("");
	}

}
