package vn.hanoi.cooperation.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.agreement.AgreementKind;
import vn.hanoi.cooperation.agreement.AgreementStatus;
import vn.hanoi.cooperation.system.SqlValues;

/**
 * Agreements for the API, with their partners, groups and documents' metadata, in one statement for any number of
 * ids, under the reader's {@link ReadScope} (an id the reader may not see yields no row). An agreement's
 * {@code updatedAt} is its latest edit, line in the change log (a termination, a document added) or change of
 * status by the calendar.
 */
@Repository
class ApiAgreementReads {

	private static final TypeReference<List<ApiUnit>> UNITS = new TypeReference<>() {
	};

	private static final TypeReference<List<ApiActivity.Group>> GROUPS = new TypeReference<>() {
	};

	private static final TypeReference<List<ApiAgreement.Document>> DOCUMENTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiAgreementReads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The agreements of these ids that the scope reads, in id order, with their status today. */
	@Transactional(readOnly = true)
	List<ApiAgreement> find(Collection<Long> ids, ReadScope scope) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("ids", ids);
		String sql = """
				select a.id, a.kind, a.document_number, a.title, a.signed_on, a.valid_from, a.valid_to,
				       a.terminated_on, a.termination_reason, a.hanoi_signatory_name, a.hanoi_signatory_title,
				       a.province_signatory_name, a.province_signatory_title, a.summary, a.shared_with_provinces,
				       (select coalesce(json_agg(json_build_object('id', pr.id, 'code', pr.code, 'nameVi', pr.name_vi,
				                                 'nameEn', pr.name_en) order by pr.id), '[]')
				          from agreement_provinces ap join provinces pr on pr.id = ap.province_id
				         where ap.agreement_id = a.id and """ + "\n" + scope.partnerProvinces("ap.province_id") + "\n" + """
				       ) as partner_provinces,
				       (select coalesce(json_agg(json_build_object('id', g.id, 'number', g.number, 'nameVi', g.name_vi,
				                                 'nameEn', g.name_en) order by g.number), '[]')
				          from agreement_groups ag join cooperation_groups g on g.id = ag.group_id
				         where ag.agreement_id = a.id) as groups,
				       (select coalesce(json_agg(json_build_object('id', d.id, 'fileName', d.file_name,
				                                 'contentType', d.content_type, 'sizeBytes', d.size_bytes,
				                                 'uploadedAt', to_char(d.created_at at time zone 'UTC',
				                                                       'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
				                        order by d.created_at, d.id), '[]')
				          from agreement_documents d where d.agreement_id = a.id) as documents,
				       greatest(a.updated_at,
				                (select max(rc.changed_at) from record_changes rc
				                  where rc.record_kind = 'AGREEMENT' and rc.record_id = a.id)) as changed_at
				  from agreements a
				 where a.id in (:ids) and """ + "\n" + scope.agreements() + "\n" + """
				 order by a.id""";
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql(sql).params(parameters).query((rs, n) -> agreement(rs, today)).list();
	}

	private ApiAgreement agreement(ResultSet rs, LocalDate today) throws SQLException {
		Long id = rs.getLong("id");
		LocalDate signedOn = rs.getObject("signed_on", LocalDate.class);
		LocalDate validFrom = rs.getObject("valid_from", LocalDate.class);
		LocalDate validTo = rs.getObject("valid_to", LocalDate.class);
		LocalDate terminatedOn = rs.getObject("terminated_on", LocalDate.class);
		return new ApiAgreement(id, AgreementKind.valueOf(rs.getString("kind")), rs.getString("document_number"),
				rs.getString("title"), AgreementStatus.of(signedOn, validFrom, validTo, terminatedOn, today), signedOn,
				validFrom, validTo, terminatedOn, rs.getString("termination_reason"),
				ApiAgreement.Signatory.of(rs.getString("hanoi_signatory_name"), rs.getString("hanoi_signatory_title")),
				ApiAgreement.Signatory.of(rs.getString("province_signatory_name"),
						rs.getString("province_signatory_title")),
				ApiRows.json(rs, "partner_provinces", UNITS),
				ApiRows.json(rs, "groups", GROUPS), rs.getString("summary"),
				rs.getBoolean("shared_with_provinces"),
				ApiRows.json(rs, "documents", DOCUMENTS).stream().map(d -> d.of(id)).toList(),
				latest(SqlValues.instant(rs, "changed_at"),
						AgreementStatus.changedOn(signedOn, validFrom, validTo, terminatedOn, today)));
	}

	/** A status the calendar changed is a change too: since the start of that day the answer reads otherwise. */
	private Instant latest(Instant changedAt, LocalDate statusChangedOn) {
		if (statusChangedOn == null) {
			return changedAt;
		}
		Instant statusChangedAt = statusChangedOn.atStartOfDay(this.clock.getZone()).toInstant();
		return changedAt == null || statusChangedAt.isAfter(changedAt) ? statusChangedAt : changedAt;
	}

}
