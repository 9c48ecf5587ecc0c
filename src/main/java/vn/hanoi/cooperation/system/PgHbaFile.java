package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and rewrites the authentication methods of an embedded cluster's pg_hba.conf, comments and layout kept. */
final class PgHbaFile {

	/** A field of a pg_hba.conf line: a quoted string (a doubled quote inside) or a run of non-blanks. */
	private static final Pattern FIELD = Pattern.compile("\"(?:[^\"]|\"\")*\"\\S*|\\S+");

	private PgHbaFile() {
	}

	/** How many lines of a pg_hba.conf trust their connections. */
	static int trustedLines(Path hba) throws IOException {
		int trusted = 0;
		for (String line : Files.readAllLines(hba, StandardCharsets.UTF_8)) {
			int[] field = methodField(line);
			if (field != null && "trust".equals(line.substring(field[0], field[1]))) {
				trusted++;
			}
		}
		return trusted;
	}

	/** Rewrites the file in place (atomically) with scram-sha-256 wherever it said trust. */
	static void rewriteWithoutTrust(Path hba) throws IOException {
		Path rewritten = Files.createTempFile(hba.getParent(), "pg_hba.", ".tmp", EmbeddedPasswordFile.ownerOnly());
		Files.writeString(rewritten, withoutTrust(Files.readString(hba, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
		Files.move(rewritten, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The pg_hba.conf text with scram-sha-256 wherever it said trust; comments and layout stay. */
	static String withoutTrust(String hba) {
		StringBuilder result = new StringBuilder();
		for (String line : hba.split("\n", -1)) {
			int[] field = methodField(line);
			if (field != null && "trust".equals(line.substring(field[0], field[1]))) {
				line = line.substring(0, field[0]) + "scram-sha-256" + line.substring(field[1]);
			}
			result.append(line).append('\n');
		}
		return result.substring(0, result.length() - 1);
	}

	/**
	 * Where the authentication method of a pg_hba.conf line starts and ends, or null for a comment, a blank line,
	 * an include or a line too short. local: type, database, user, method; host*: type, database, user, address
	 * (one field, or two when an IP address is followed by a mask), method.
	 */
	private static int[] methodField(String line) {
		int comment = line.indexOf('#');
		String content = comment < 0 ? line : line.substring(0, comment);
		List<int[]> fields = new ArrayList<>();
		Matcher matcher = FIELD.matcher(content);
		while (matcher.find()) {
			fields.add(new int[] { matcher.start(), matcher.end() });
		}
		if (fields.isEmpty()) {
			return null;
		}
		String type = content.substring(fields.get(0)[0], fields.get(0)[1]);
		int method;
		if (type.equals("local")) {
			method = 3;
		}
		else if (type.startsWith("host")) {
			String address = fields.size() > 3 ? content.substring(fields.get(3)[0], fields.get(3)[1]) : "";
			boolean withMask = !address.contains("/") && fields.size() > 5
					&& content.substring(fields.get(4)[0], fields.get(4)[1]).matches("[0-9a-fA-F:.]+");
			method = withMask ? 5 : 4;
		}
		else {
			return null;
		}
		return method < fields.size() ? fields.get(method) : null;
	}

}
