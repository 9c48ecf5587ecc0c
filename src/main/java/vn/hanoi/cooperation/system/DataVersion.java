package vn.hanoi.cooperation.system;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the data a page reads, per subject (V70): a change numbers at commit the subjects it touches (an
 * activity: the whole list, its plan year, its department and its partner provinces; an agreement or result: its
 * kind and its provinces; reference data and any truncation: {@link #REFERENCE}, part of every version). What was
 * computed under another version of its subjects is out of date; other subjects' changes leave it valid.
 */
@Component
public class DataVersion {

	public static final String REFERENCE = "reference";

	public static final String ACTIVITIES = "activities";

	/** What the dashboard counts of the activities (not their last update or description, V70). */
	public static final String ACTIVITY_FIGURES = "activity figures";

	public static final String AGREEMENTS = "agreements";

	public static final String RESULTS = "results";

	/** What waits for people besides results and agreements: conversations, failed imports, locked years, visits (V84). */
	public static final String INBOX = "inbox";

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String year(int year) {
		return "year:" + year;
	}

	public static String department(Long id) {
		return "department:" + id;
	}

	public static String province(Long id) {
		return "province:" + id;
	}

	public static List<String> provinces(Collection<Long> ids) {
		return ids.stream().map(DataVersion::province).toList();
	}

	/**
	 * One number for these subjects and the reference data, which grows with every change to any of them. Read
	 * before computing under it, so that a change committing meanwhile gives a newer number.
	 */
	public long of(Collection<String> subjects) {
		return this.jdbc.sql("select coalesce(sum(version), 0) from data_versions where subject in (:subjects)")
			.param("subjects", Stream.concat(Stream.of(REFERENCE), subjects.stream()).toList())
			.query(Long.class)
			.single();
	}

}
