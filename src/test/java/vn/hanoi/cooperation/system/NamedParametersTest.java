package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for native SQL (issue 16): a value is bound by name ({@code :accountId}), never by position ({@code ?}),
 * so that a statement reads as what it means and adding a condition cannot shift which value goes where.
 * Only the text inside string literals and text blocks is checked: Java's ternaries, generics' wildcards and
 * comments are not SQL.
 */
class NamedParametersTest {

	/**
	 * A '?' that touches no word: a URL's query ("?page=") and a sentence's end ("why?") do, and so do a regular
	 * expression's "(?:", "(?<", "-?\\d" and "(,\\d)?". A literal that is only "?" joins a URL's query or stands in for a
	 * character; SQL is never cut just around its placeholder.
	 */
	private static final Pattern POSITIONAL = Pattern.compile("(?<![\\w?)\\]}*+])\\?(?![\\w?|&\\\\])");

	/** A regular expression's group ("(?:", "(?=", "(?!", "(?<"), told from a cast's "(?::" by the single colon. */
	private static final Pattern REGEX_GROUP = Pattern.compile("\\(\\?[:=!<](?!:)");

	/** Spring Session's JdbcIndexedSessionRepository binds its replacement update statement by position. */
	private static final Path SESSION_STORE = Path
		.of("src/main/java/vn/hanoi/cooperation/system/SessionStoreConfiguration.java");

	@Test
	void noMainCodeBindsASqlValueByPosition() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
				.filter(f -> !f.equals(SESSION_STORE))
				.sorted()
				.flatMap(NamedParametersTest::positionalPlaceholders)
				.toList();
			assertThat(offenders).isEmpty();
		}
	}

	@Test
	void findsPlaceholdersInLiteralsOnly() {
		String source = """
				// where id = ?
				/* values (?, ?) */
				String a = x ? "yes" : "no";
				Function<? super K, ? extends V> f;
				String url = "/notifications?page=2", question = "Why?";
				char c = '?';
				String b = "select 1 from t where id = ?";
				String c = \"""
						insert into t (a, b)
						values (?, ?)\""";
				Pattern p = Pattern.compile("(?:a|b)-?\\\\d(,\\\\d)?"), q = Pattern.compile("(?<year>\\\\d{4})");
				String e = "cast(? as jsonb)", f = "values (?::jsonb)", sep = "?";
				String d = "where name = :name and note = \\"why?\\" " + "and x = ?";
				""";
		assertThat(placeholderLines(source)).containsExactly(7, 10, 10, 12, 12, 13);
	}

	private static Stream<String> positionalPlaceholders(Path file) {
		try {
			return placeholderLines(Files.readString(file)).stream().map(line -> file + ":" + line);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The line of each positional placeholder inside a string literal or text block of this Java source. */
	static List<Integer> placeholderLines(String source) {
		List<Integer> lines = new ArrayList<>();
		int line = 1;
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
			}
			else if (source.startsWith("/*", i)) {
				int end = endOf(source, "*/", i + 2);
				line += newlines(source, i, end);
				i = end;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = literalEnd(source, i + 3, "\"\"\"");
				lines.addAll(placeholders(source, i + 3, end - 3, line));
				line += newlines(source, i, end);
				i = end;
			}
			else if (c == '"' || c == '\'') {
				int end = literalEnd(source, i + 1, String.valueOf(c));
				if (c == '"') {
					lines.addAll(placeholders(source, i + 1, end - 1, line));
				}
				i = end;
			}
			else {
				if (c == '\n') {
					line++;
				}
				i++;
			}
		}
		return lines;
	}

	/** Just past the closing quote, skipping escaped characters. */
	private static int literalEnd(String source, int from, String quote) {
		int i = from;
		while (i < source.length() && !source.startsWith(quote, i)) {
			i += source.charAt(i) == '\\' ? 2 : 1;
		}
		return Math.min(i + quote.length(), source.length());
	}

	private static int endOf(String source, String marker, int from) {
		int at = source.indexOf(marker, from);
		return at < 0 ? source.length() : at + marker.length();
	}

	private static List<Integer> placeholders(String source, int from, int to, int firstLine) {
		List<Integer> lines = new ArrayList<>();
		if (source.substring(from, Math.max(from, to)).equals("?")) {
			return lines;
		}
		Matcher matcher = POSITIONAL.matcher(source).region(from, Math.max(from, to));
		while (matcher.find()) {
			boolean regexGroup = REGEX_GROUP.matcher(source).region(matcher.start() - 1, to).lookingAt();
			if (!regexGroup) {
				lines.add(firstLine + newlines(source, from, matcher.start()));
			}
		}
		return lines;
	}

	private static int newlines(String source, int from, int to) {
		return (int) source.substring(from, to).chars().filter(ch -> ch == '\n').count();
	}

}
