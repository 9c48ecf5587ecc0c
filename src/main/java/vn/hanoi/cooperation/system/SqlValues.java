package vn.hanoi.cooperation.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** Values handed to and read from the SQL that read models write themselves, the same way in every one of them. */
public final class SqlValues {

	private SqlValues() {
	}

	/**
	 * Ids for an {@code in (:ids)} condition. "in ()" is not SQL: no ids (none or null) become an id that no row
	 * has, which keeps the condition false.
	 */
	public static Collection<Long> idsForIn(Collection<Long> ids) {
		return ids == null || ids.isEmpty() ? List.of(-1L) : ids;
	}

	/** A {@code timestamptz} column as an instant, or null. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
