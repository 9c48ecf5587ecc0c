package vn.hanoi.cooperation.publication;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import vn.hanoi.cooperation.report.Csv;

/**
 * The published figures as the open data files give them (the README's "Published figures" documents the format):
 * CSV (UTF-8 with a byte-order mark, so Excel shows Vietnamese) and JSON with English field names. Numbers are
 * written plainly with a dot before decimals, instants in ISO 8601 (UTC). Nothing in the files changes unless
 * the published figures do, so their hash is a strong ETag.
 */
final class PublicDataset {

	static final String LICENSE = "CC BY 4.0";

	static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";

	static final List<String> CSV_COLUMNS = List.of("year", "plan_number", "group_number", "group_name_vi",
			"group_name_en", "indicator_code", "indicator_name_vi", "indicator_name_en", "unit", "aggregation",
			"target", "actual", "actual_is_lower_bound", "published_at", "demo_data", "count_noun_vi", "count_noun_en", "disputed");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The JSON file: who publishes, under which licence, and the figures. */
	record Document(String titleVi, String titleEn, String publisher, String license, String licenseUrl, boolean demoData,
			List<Figure> figures) {
	}

	/**
	 * One figure in the JSON file; {@code unit} and {@code aggregation} are the codes listed in the README, and a
	 * count ({@code COUNT}) names what it counts in {@code countNounVi} and {@code countNounEn}.
	 */
	record Figure(int year, String planNumber, int groupNumber, String groupNameVi, String groupNameEn,
			String indicatorCode, String indicatorNameVi, String indicatorNameEn, String unit, String aggregation,
			BigDecimal target, BigDecimal actual, boolean actualIsLowerBound, String publishedAt, String countNounVi,
			String countNounEn, boolean disputed) {
	}

	private PublicDataset() {
	}

	/**
	 * Each line says whether it comes from a demo instance, as the JSON file's {@code demoData} does; the count
	 * nouns, then the dispute mark, come last, after the columns the file had before them.
	 */
	static byte[] csv(List<PublishedFigure> figures, boolean demoData) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(CSV_COLUMNS);
		for (PublishedFigure f : figures) {
			rows.add(List.of(String.valueOf(f.year()), text(f.planNumber()), String.valueOf(f.groupNumber()),
					f.groupNameVi(), f.groupNameEn(), f.indicatorCode(), f.indicatorNameVi(), f.indicatorNameEn(),
					f.unit(), f.aggregation(), number(f.target()), number(f.actual()),
					String.valueOf(f.actualIsLowerBound()), f.publishedAt().toString(), String.valueOf(demoData),
					text(f.countNounVi()), text(f.countNounEn()), String.valueOf(f.disputed())));
		}
		return Csv.write(rows);
	}

	static byte[] json(List<PublishedFigure> figures, String titleVi, String titleEn, String publisher,
			boolean demoData) {
		List<Figure> lines = figures.stream()
			.map(f -> new Figure(f.year(), f.planNumber(), f.groupNumber(), f.groupNameVi(), f.groupNameEn(),
					f.indicatorCode(), f.indicatorNameVi(), f.indicatorNameEn(), f.unit(), f.aggregation(),
					plain(f.target()), plain(f.actual()), f.actualIsLowerBound(), f.publishedAt().toString(),
					f.countNounVi(), f.countNounEn(), f.disputed()))
			.toList();
		return JSON.writeValueAsBytes(new Document(titleVi, titleEn, publisher, LICENSE, LICENSE_URL, demoData, lines));
	}

	/** A strong validator: the SHA-256 of exactly what is sent (and of what it depends on). */
	static String etag(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
				digest.update((byte) 0);
			}
			return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] bytes(String text) {
		return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : plain(value).toPlainString();
	}

	/** 144.00 → 144, 1E+2 → 100: the same figure is always written the same way. */
	private static BigDecimal plain(BigDecimal value) {
		return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
