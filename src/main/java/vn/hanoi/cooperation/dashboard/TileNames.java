package vn.hanoi.cooperation.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.hanoi.cooperation.province.Province;

/**
 * The short name written on each tile of one map, unique on that map: the initials of the Vietnamese name (Hà
 * Nội → HN, Đà Nẵng → ĐN, TP. Hồ Chí Minh → HCM). Where units share initials, a city keeps them and the others
 * take one more letter of the word that tells them apart (Hà Nam → HNa, Lào Cai → LCa, Lai Châu → LCh, Hà Giang →
 * HàG, Hậu Giang → HậG); the code settles what letters cannot.
 */
final class TileNames {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private TileNames() {
	}

	/** Province id → short name, for the units of one map. */
	static Map<Long, String> of(List<Province> units) {
		Map<String, List<Province>> byInitials = new LinkedHashMap<>();
		for (Province unit : units) {
			byInitials.computeIfAbsent(initials(words(unit), -1, 1), key -> new ArrayList<>()).add(unit);
		}
		Map<Long, String> names = new HashMap<>();
		byInitials.forEach((initials, sharing) -> {
			List<Province> others = new ArrayList<>(sharing);
			// The one city among them (Hà Nội beside Hà Nam) keeps the short form everyone knows.
			List<Province> cities = sharing.stream().filter(Province::isCity).toList();
			if (sharing.size() > 1 && cities.size() == 1) {
				names.put(cities.get(0).getId(), initials);
				others.remove(cities.get(0));
			}
			names.putAll(sharing.size() == 1 ? Map.of(sharing.get(0).getId(), initials) : distinguish(others));
		});
		return names;
	}

	/**
	 * One more letter of one word, the same word for all of the group, trying the last word first and then the
	 * earlier ones, then two more letters, until every unit of the group reads differently.
	 */
	private static Map<Long, String> distinguish(List<Province> sharing) {
		for (int letters = 2; letters <= 4; letters++) {
			int longest = sharing.stream().mapToInt(p -> words(p).length).max().orElse(1);
			for (int word = longest - 1; word >= 0; word--) {
				Map<Long, String> names = new HashMap<>();
				for (Province unit : sharing) {
					names.put(unit.getId(), initials(words(unit), word, letters));
				}
				if (names.values().stream().distinct().count() == sharing.size()) {
					return names;
				}
			}
		}
		Map<Long, String> byCode = new HashMap<>();
		sharing.forEach(p -> byCode.put(p.getId(), initials(words(p), -1, 1) + p.getCode()));
		return byCode;
	}

	/**
	 * One word: its first three letters. Several: the first letter of each, {@code letters} letters of the word at
	 * {@code longer} (the first capital, the rest small).
	 */
	private static String initials(String[] words, int longer, int letters) {
		if (words.length == 1) {
			return words[0].substring(0, Math.min(3, words[0].length())).toUpperCase(VIETNAMESE);
		}
		StringBuilder initials = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			initials.append(words[i].substring(0, 1).toUpperCase(VIETNAMESE));
			if (i == longer) {
				initials.append(words[i].substring(1, Math.min(letters, words[i].length())).toLowerCase(VIETNAMESE));
			}
		}
		return initials.toString();
	}

	/** The words of the name, without an abbreviated title such as "TP.". */
	private static String[] words(Province unit) {
		return Arrays.stream(unit.getNameVi().replace("-", " ").strip().split("\\s+"))
			.filter(word -> !word.endsWith("."))
			.toArray(String[]::new);
	}

}
