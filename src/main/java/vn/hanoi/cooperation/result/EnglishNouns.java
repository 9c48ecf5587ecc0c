package vn.hanoi.cooperation.result;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The singular of what a count indicator counts in English, for a figure of one ("1 conference"). The nouns are
 * data, entered in the plural ("conferences", "news items"): a noun of one or two words has its last word made
 * singular by the regular English rules. Anything longer or joined ("technologies and patents", "visits by
 * delegations") and a word the rules do not know ("staff", "criteria") are left as entered: a plural after "1" reads
 * better than a guess that changes the meaning.
 */
final class EnglishNouns {

	/** One or two words, the last of them to be made singular: "conferences", "supply [chains]". */
	private static final Pattern SIMPLE_NOUN = Pattern.compile("((?:[A-Za-z-]+ )?)([A-Za-z-]+)");

	private static final Set<String> SAME_IN_BOTH = Set.of("news", "series", "species", "means", "headquarters", "goods");

	private static final Map<String, String> IRREGULAR = Map.of("people", "person", "children", "child", "men", "man",
			"women", "woman");

	private EnglishNouns() {
	}

	static String singular(String plural) {
		if (plural == null) {
			return null;
		}
		Matcher noun = SIMPLE_NOUN.matcher(plural.strip());
		return noun.matches() ? noun.group(1) + singularWord(noun.group(2)) : plural;
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
