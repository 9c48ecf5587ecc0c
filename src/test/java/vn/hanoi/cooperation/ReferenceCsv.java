package vn.hanoi.cooperation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the copies of shared/data under src/test/resources/reference: UTF-8, a header row, fields quoted with
 * double quotes where they hold commas.
 */
public final class ReferenceCsv {

	private ReferenceCsv() {
	}

	public static List<Map<String, String>> read(String name) {
		try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No reference file " + name);
			}
			List<List<String>> lines = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			List<String> header = lines.get(0);
			List<Map<String, String>> rows = new ArrayList<>();
			for (List<String> line : lines.subList(1, lines.size())) {
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), i < line.size() ? line.get(i) : "");
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<List<String>> parse(String text) {
		List<List<String>> lines = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
					lines.add(fields);
				}
				fields = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString());
			lines.add(fields);
		}
		return lines;
	}

}
