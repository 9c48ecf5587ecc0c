package vn.hanoi.cooperation.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.audit.RecordKind;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.SearchText;

import static vn.hanoi.cooperation.system.SqlValues.idsForIn;

/**
 * The agreement list in one query whatever the data size, partners fetched with it. The read rule is the one
 * {@link AgreementAccess#canRead} states.
 */
@Repository
public class AgreementSearch {

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final Provinces provinces;

	private final Clock clock;

	AgreementSearch(EntityManager entityManager, JdbcClient jdbc, Provinces provinces, Clock clock) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.provinces = provinces;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AgreementRow> find(AgreementFilter filter, Viewer viewer, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		String query = "select distinct a from Agreement a left join fetch a.provinces where 1 = 1"
				+ conditions(filter, viewer, today, parameters) + " order by a.signedOn desc nulls last, a.id desc";
		TypedQuery<Agreement> typed = this.entityManager.createQuery(query, Agreement.class);
		parameters.forEach(typed::setParameter);
		return typed.getResultList().stream().map(a -> rowOf(a, viewer, today)).toList();
	}

	/**
	 * The ids of the list's agreements after {@code afterId} in id order, at most {@code limit}: the pages of the
	 * read API, with the list page's filters and read rule. {@code changedSince} keeps those edited, terminated or
	 * given a document since then (their own row or a line in the change log), and those whose status the calendar
	 * changed since then (from the day's start in the clock's zone, as {@link AgreementStatus#changedOn}).
	 */
	@Transactional(readOnly = true)
	public List<Long> idsAfter(AgreementFilter filter, Viewer viewer, LocalDate today, Instant changedSince,
			long afterId, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		String query = "select a.id from Agreement a where a.id > :after" + conditions(filter, viewer, today, parameters)
				+ (changedSince == null ? "" : " and (a.updatedAt >= :since or a.id in (select rc.recordId"
						+ " from RecordChange rc where rc.kind = :changeKind and rc.changedAt >= :since) or "
						+ AgreementStatus.changedCondition() + ")")
				+ " order by a.id";
		parameters.put("after", afterId);
		if (changedSince != null) {
			// The first day that starts at or after the instant: a status changes at the start of its day.
			LocalDate changedFrom = changedSince.minusNanos(1).atZone(this.clock.getZone()).toLocalDate().plusDays(1);
			parameters.put("since", changedSince);
			parameters.put("changeKind", RecordKind.AGREEMENT);
			parameters.put("changedFrom", changedFrom);
			parameters.put("today", today);
			parameters.put("expiredFrom", changedFrom.minusDays(1));
			parameters.put("expiredTo", today.minusDays(1));
		}
		TypedQuery<Long> typed = this.entityManager.createQuery(query, Long.class).setMaxResults(limit);
		parameters.forEach(typed::setParameter);
		return typed.getResultList();
	}

	/** The read rule and the filters over the alias {@code a}, each condition starting with " and". */
	private String conditions(AgreementFilter filter, Viewer viewer, LocalDate today, Map<String, Object> parameters) {
		StringBuilder query = new StringBuilder();
		if (viewer.isProvince()) {
			query.append(" and a.sharedWithProvinces = true and ").append(involving("viewerProvinces"));
			parameters.put("viewerProvinces", idsForIn(viewer.provinceLineage()));
		}
		if (filter.province() != null) {
			query.append(" and ").append(involving("provinces"));
			List<Long> units = this.provinces.findLineageIds(filter.province());
			parameters.put("provinces", idsForIn(ReadScope.of(viewer).partnerProvincesAmong(units)));
		}
		if (filter.status() != null) {
			query.append(" and ").append(AgreementStatus.condition(filter.status()));
			parameters.put("today", today);
		}
		if (filter.inForceOnError() != null) {
			// A mistyped day finds nothing rather than every agreement: on the page and in its export alike.
			query.append(" and false");
		}
		else if (filter.inForceDay() != null) {
			query.append(" and ").append(AgreementStatus.condition(AgreementStatus.IN_FORCE, "inForceOn"));
			parameters.put("inForceOn", filter.inForceDay());
		}
		if (filter.kind() != null) {
			query.append(" and a.kind = :kind");
			parameters.put("kind", filter.kind());
		}
		if (filter.text() != null) {
			query.append(" and a.id in :matching");
			parameters.put("matching", idsForIn(matching(filter.text(), viewer)));
		}
		return query.toString();
	}

	/**
	 * Agreements whose title or number, partner province or document text holds the words, diacritics ignored
	 * (V82's unaccented texts with trigram indexes). A province officer matches only their own units' names: the
	 * name of another partner must not reveal that it is one.
	 */
	private List<Long> matching(String text, Viewer viewer) {
		return this.jdbc.sql("""
				select a.id from agreements a where a.search_text like :text
				union
				select ap.agreement_id from agreement_provinces ap join provinces p on p.id = ap.province_id
				 where lower(portal_unaccent(p.name_vi)) like :text and (:everyProvince or ap.province_id in (:own))
				union
				select d.agreement_id from agreement_documents d where d.search_text like :text""")
			.param("text", SearchText.containing(text))
			.param("everyProvince", !viewer.isProvince())
			.param("own", idsForIn(viewer.isProvince() ? viewer.provinceLineage() : List.of()))
			.query(Long.class)
			.list();
	}

	/** The row of one agreement for this viewer. */
	public static AgreementRow rowOf(Agreement agreement, Viewer viewer, LocalDate today) {
		List<Province> partners = agreement.getProvinces()
			.stream()
			.filter(p -> !viewer.isProvince() || viewer.provinceLineage().contains(p.getId()))
			.toList();
		return new AgreementRow(agreement, partners, agreement.status(today));
	}

	private static String involving(String parameter) {
		return "exists (select 1 from Agreement x join x.provinces p where x = a and p.id in :" + parameter + ")";
	}

}
