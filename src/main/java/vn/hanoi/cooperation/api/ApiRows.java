package vn.hanoi.cooperation.api;

import java.sql.ResultSet;
import java.sql.SQLException;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reading the API's SQL rows: moments as instants, and the JSON that a statement built for nested lists. */
final class ApiRows {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiRows() {
	}

	static <T> T json(ResultSet rs, String column, TypeReference<T> type) throws SQLException {
		return JSON.readValue(rs.getString(column), type);
	}

	static <T> T json(ResultSet rs, String column, Class<T> type) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : JSON.readValue(value, type);
	}

}
