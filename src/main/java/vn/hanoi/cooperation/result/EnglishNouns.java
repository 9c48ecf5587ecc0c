package vn.hanoi.cooperation.result;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The singular of what a count indicator counts in English, for a figure of one ("1 conference"). The nouns are
 * data, entered in the plural ("conferences", "news items", "technologies and patents"): the last word of each
 * noun is made singular by the regular English rules, and a pair reads as either one ("1 technology or patent").
 * A word the rules do not know ("staff", "criteria") is left as entered.
 */
final class EnglishNouns {

	/** The last word of each noun of a list: "supply [chains]", "technologies and [patents]". */
	private static final Pattern LAST_WORDS = Pattern.compile("\\b([A-Za-z-]+)(?=\\s*(?:,|\\band\\b|$))");

	private static final Set<String> SAME_IN_BOTH = Set.of("news", "series", "species", "means", "headquarters");

	private static final Map<String, String> IRREGULAR = Map.of("people", "person", "children", "child", "men", "man",
			"women", "woman");

	private EnglishNouns() {
	}

	static String singular(String plural) {
		if (plural == null) {
			return null;
		}
		Matcher word = LAST_WORDS.matcher(plural.strip());
		StringBuilder singular = new StringBuilder();
		while (word.find()) {
			word.appendReplacement(singular, Matcher.quoteReplacement(singularWord(word.group(1))));
		}
		word.appendTail(singular);
		return singular.toString().replaceAll("\\band\\b", "or");
	}

	private static String singularWord(String word) {
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		if (IRREGULAR.containsKey(lower)) {
			return IRREGULAR.get(lower);
		}
		if (SAME_IN_BOTH.contains(lower) || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")
				|| !lower.endsWith("s")) {
			return word;
		}
		if (lower.endsWith("ies") && lower.length() > 4) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (lower.matches(".*(?:sses|shes|ches|xes|zes)")) {
			return word.substring(0, word.length() - 2);
		}
		return word.substring(0, word.length() - 1);
	}

}
