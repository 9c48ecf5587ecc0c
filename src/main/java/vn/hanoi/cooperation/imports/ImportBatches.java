package vn.hanoi.cooperation.imports;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.hanoi.cooperation.system.SqlValues;

/** Confirmed imports: what each wrote, under the id its upload had, for the account that confirmed it. */
@Repository
class ImportBatches {

	record ImportBatch(UUID id, String fileName, int createdCount, int updatedCount, Instant importedAt) {

		public int writtenCount() {
			return this.createdCount + this.updatedCount;
		}

	}

	private final JdbcClient jdbc;

	ImportBatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID id, Long accountId, String fileName, long created, long updated) {
		this.jdbc.sql("""
				insert into import_batches (id, account_id, file_name, created_count, updated_count)
				values (:id, :accountId, :fileName, :createdCount, :updatedCount)""")
			.param("id", id)
			.param("accountId", accountId)
			.param("fileName", fileName)
			.param("createdCount", created)
			.param("updatedCount", updated)
			.update();
	}

	/** Only the account that imported sees its batch; anyone else gets nothing, as for one that never was. */
	Optional<ImportBatch> find(UUID id, Long accountId) {
		return this.jdbc.sql("""
				select id, file_name, created_count, updated_count, created_at from import_batches
				where id = :id and account_id = :accountId""")
			.param("id", id)
			.param("accountId", accountId)
			.query((rs, n) -> new ImportBatch(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getInt("created_count"), rs.getInt("updated_count"), SqlValues.instant(rs, "created_at")))
			.optional();
	}

}
