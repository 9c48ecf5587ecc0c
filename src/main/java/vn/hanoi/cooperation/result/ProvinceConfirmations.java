package vn.hanoi.cooperation.result;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.hanoi.cooperation.system.SqlValues;

/**
 * What partner provinces said about a result: the current answer per result and province
 * ({@code province_confirmations}) and every answer given ({@code province_confirmation_history}).
 */
@Repository
class ProvinceConfirmations {

	record Confirmation(Long resultId, Long provinceId, String provinceNameVi, String provinceNameEn,
			ConfirmationStatus status, String comment, String authorName, Instant confirmedAt)
			implements vn.hanoi.cooperation.system.Localized {

		@Override
		public String getNameVi() {
			return this.provinceNameVi;
		}

		@Override
		public String getNameEn() {
			return this.provinceNameEn;
		}

		public boolean disputed() {
			return this.status == ConfirmationStatus.DISPUTED;
		}

		/** As the result's history shows an answer: "DISPUTED: the comment". */
		String summary() {
			return this.comment == null ? this.status.name() : this.status.name() + ": " + this.comment;
		}

	}

	private static final String COLUMNS = """
			c.result_id, c.province_id, p.name_vi as province_vi, p.name_en as province_en, c.status, c.comment,
			c.author_name""";

	private final JdbcClient jdbc;

	ProvinceConfirmations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current answers about one result, latest first. */
	List<Confirmation> of(Long resultId) {
		return this.jdbc.sql("select " + COLUMNS + ", c.confirmed_at from province_confirmations c "
				+ "join provinces p on p.id = c.province_id where c.result_id = :resultId order by c.confirmed_at desc, c.id desc")
			.param("resultId", resultId)
			.query(ProvinceConfirmations::confirmation)
			.list();
	}

	/** Whether a partner province's current answer about the result disputes it. */
	boolean disputed(Long resultId) {
		return this.jdbc.sql("""
				select exists (select 1 from province_confirmations where result_id = :resultId and status = 'DISPUTED')""")
			.param("resultId", resultId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The result goes back to its department: the current answers no longer stand, and the province answers again
	 * once it is approved again. Every answer stays in {@code province_confirmation_history}.
	 */
	void withdrawCurrent(Long resultId) {
		this.jdbc.sql("delete from province_confirmations where result_id = :resultId")
			.param("resultId", resultId)
			.update();
	}

	/** The current answers about these results, latest first, in one statement. */
	List<Confirmation> ofResults(Collection<Long> resultIds) {
		if (resultIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + ", c.confirmed_at from province_confirmations c "
				+ "join provinces p on p.id = c.province_id where c.result_id in (:ids) "
				+ "order by c.confirmed_at desc, c.id desc")
			.param("ids", resultIds)
			.query(ProvinceConfirmations::confirmation)
			.list();
	}

	/** Every answer ever given about one result, latest first: the current one and those it replaced. */
	List<Confirmation> historyOf(Long resultId) {
		return this.jdbc.sql("select " + COLUMNS + ", c.answered_at as confirmed_at from province_confirmation_history c "
				+ "join provinces p on p.id = c.province_id where c.result_id = :resultId order by c.answered_at desc, c.id desc")
			.param("resultId", resultId)
			.query(ProvinceConfirmations::confirmation)
			.list();
	}

	/** The current answer of one province, locked until the transaction ends so that two answers queue up. */
	Optional<Confirmation> currentForUpdate(Long resultId, Long provinceId) {
		return this.jdbc.sql("select " + COLUMNS + ", c.confirmed_at from province_confirmations c "
				+ "join provinces p on p.id = c.province_id "
				+ "where c.result_id = :resultId and c.province_id = :provinceId for update of c")
			.param("resultId", resultId)
			.param("provinceId", provinceId)
			.query(ProvinceConfirmations::confirmation)
			.optional();
	}

	/** Makes this the province's current answer and adds it to the history. */
	void answer(Long resultId, Long provinceId, ConfirmationStatus status, String comment, Long authorId,
			String authorName, Instant at) {
		MapSqlParameterSource answer = new MapSqlParameterSource().addValue("resultId", resultId)
			.addValue("provinceId", provinceId)
			.addValue("status", status.name())
			.addValue("comment", comment)
			.addValue("authorId", authorId)
			.addValue("authorName", authorName)
			.addValue("at", java.sql.Timestamp.from(at));
		this.jdbc.sql("""
				insert into province_confirmations (result_id, province_id, status, comment, author_id, author_name,
				                                    confirmed_at, created_at, updated_at)
				values (:resultId, :provinceId, :status, :comment, :authorId, :authorName, :at, :at, :at)
				on conflict (result_id, province_id) do update
				   set status = excluded.status, comment = excluded.comment, author_id = excluded.author_id,
				       author_name = excluded.author_name, confirmed_at = excluded.confirmed_at,
				       updated_at = excluded.updated_at, version = province_confirmations.version + 1""")
			.paramSource(answer)
			.update();
		this.jdbc.sql("""
				insert into province_confirmation_history (result_id, province_id, status, comment, author_id,
				                                           author_name, answered_at, created_at, updated_at)
				values (:resultId, :provinceId, :status, :comment, :authorId, :authorName, :at, :at, :at)""")
			.paramSource(answer)
			.update();
	}

	private static Confirmation confirmation(ResultSet rs, int row) throws SQLException {
		return new Confirmation(rs.getLong("result_id"), rs.getLong("province_id"), rs.getString("province_vi"),
				rs.getString("province_en"), ConfirmationStatus.valueOf(rs.getString("status")), rs.getString("comment"),
				rs.getString("author_name"), SqlValues.instant(rs, "confirmed_at"));
	}

}
