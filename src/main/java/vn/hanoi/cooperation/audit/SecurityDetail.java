package vn.hanoi.cooperation.audit;

import java.util.Arrays;
import java.util.List;

/**
 * What a security event says, twice: in English for the server log and searches, and as a message key with its
 * arguments, so that the log page reads in the administrator's language.
 */
public record SecurityDetail(String text, String key, List<String> arguments) {

	public static SecurityDetail of(String text, String key, Object... arguments) {
		return new SecurityDetail(text, key, Arrays.stream(arguments).map(String::valueOf).toList());
	}

}
