package vn.hanoi.cooperation.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Read models in plain SQL through the persistence context, so that statement-count tests see every statement a
 * page runs, with the column conversions that native rows need.
 */
public final class NativeRows {

	private NativeRows() {
	}

	@SuppressWarnings("unchecked")
	public static List<Object[]> list(EntityManager entityManager, String sql, Map<String, ?> parameters) {
		Query query = entityManager.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		return query.getResultList();
	}

	public static Long id(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

	public static int number(Object value) {
		return value == null ? 0 : ((Number) value).intValue();
	}

	public static Integer numberOrNull(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}

	public static String text(Object value) {
		return value == null ? null : value.toString();
	}

	public static Instant instant(Object value) {
		if (value == null || value instanceof Instant) {
			return (Instant) value;
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		return ((java.sql.Timestamp) value).toInstant();
	}

	public static LocalDate day(Object value) {
		if (value == null || value instanceof LocalDate) {
			return (LocalDate) value;
		}
		return ((java.sql.Date) value).toLocalDate();
	}

}
