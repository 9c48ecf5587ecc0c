package vn.hanoi.cooperation.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.hanoi.cooperation.province.Province;

/**
 * The short name written on each tile of one map, unique on that map: the initials of the Vietnamese name (Hà
 * Nội → HN, Đà Nẵng → ĐN), and where two units share initials, more letters of the last word for all of them
 * (Lào Cai → LCa, Lai Châu → LCh), so that no two tiles read alike.
 */
final class TileNames {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private TileNames() {
	}

	/** Province id → short name, for the units of one map. */
	static Map<Long, String> of(List<Province> units) {
		Map<String, List<Province>> byInitials = new LinkedHashMap<>();
		for (Province unit : units) {
			byInitials.computeIfAbsent(initials(words(unit), 1), key -> new ArrayList<>()).add(unit);
		}
		Map<Long, String> names = new HashMap<>();
		byInitials.forEach((initials, sharing) -> names.putAll(distinguish(sharing)));
		return names;
	}

	/** Lengthens the last word's part until every unit of the group reads differently; the code settles a tie. */
	private static Map<Long, String> distinguish(List<Province> sharing) {
		int longest = sharing.stream().mapToInt(p -> last(words(p)).length()).max().orElse(1);
		for (int letters = 1; letters <= longest; letters++) {
			Map<Long, String> names = new HashMap<>();
			for (Province unit : sharing) {
				names.put(unit.getId(), initials(words(unit), letters));
			}
			if (names.values().stream().distinct().count() == sharing.size()) {
				return names;
			}
		}
		Map<Long, String> byCode = new HashMap<>();
		sharing.forEach(p -> byCode.put(p.getId(), initials(words(p), 1) + p.getCode()));
		return byCode;
	}

	/**
	 * One word: its first three letters. Several: the first letter of each, then {@code lastLetters} letters of the
	 * last word (the first capital, the rest small).
	 */
	private static String initials(String[] words, int lastLetters) {
		if (words.length == 1) {
			String word = words[0];
			return word.substring(0, Math.min(2 + lastLetters, word.length())).toUpperCase(VIETNAMESE);
		}
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < words.length - 1; i++) {
			letters.append(words[i].substring(0, 1).toUpperCase(VIETNAMESE));
		}
		String last = last(words);
		letters.append(last.substring(0, 1).toUpperCase(VIETNAMESE));
		letters.append(last.substring(1, Math.min(lastLetters, last.length())).toLowerCase(VIETNAMESE));
		return letters.toString();
	}

	private static String[] words(Province unit) {
		return unit.getNameVi().replace("-", " ").strip().split("\\s+");
	}

	private static String last(String[] words) {
		return words[words.length - 1];
	}

}
