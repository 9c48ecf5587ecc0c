package vn.hanoi.cooperation.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files waiting for their confirmation, in the database so that any portal instance can confirm them.
 * Each belongs to the account that uploaded it; a day later it is gone.
 */
@Repository
class PendingImports {

	record PendingImport(UUID id, String fileName, byte[] content) {
	}

	/** The upload, only for the account that uploaded it. */
	private static final String OWN_UPLOAD = "id = :id and account_id = :accountId";

	private final JdbcClient jdbc;

	PendingImports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	UUID save(Long accountId, String fileName, byte[] content) {
		this.jdbc.sql("delete from pending_imports where created_at < now() - interval '1 day'").update();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into pending_imports (id, account_id, file_name, content)
				values (:id, :accountId, :fileName, :content)""")
			.param("id", id)
			.param("accountId", accountId)
			.param("fileName", fileName)
			.param("content", content)
			.update();
		return id;
	}

	/** Only the account that uploaded the file sees it; anyone else gets nothing, as for a file that never was. */
	Optional<PendingImport> find(UUID id, Long accountId) {
		return this.jdbc.sql("select id, file_name, content from pending_imports where " + OWN_UPLOAD)
			.params(ownUpload(id, accountId))
			.query(PendingImports::pendingImport)
			.optional();
	}

	/**
	 * Takes the upload out of the waiting ones in the caller's transaction: a second confirmation waits on the
	 * row until the first commits (then finds nothing) or rolls back (then takes it itself).
	 */
	Optional<PendingImport> claim(UUID id, Long accountId) {
		return this.jdbc.sql("delete from pending_imports where " + OWN_UPLOAD + " returning id, file_name, content")
			.params(ownUpload(id, accountId))
			.query(PendingImports::pendingImport)
			.optional();
	}

	private static Map<String, Object> ownUpload(UUID id, Long accountId) {
		return Map.of("id", id, "accountId", accountId);
	}

	private static PendingImport pendingImport(ResultSet rs, int row) throws SQLException {
		return new PendingImport(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getBytes("content"));
	}

}
