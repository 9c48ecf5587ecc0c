package vn.hanoi.cooperation.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The agreements; the filtered list goes through {@link AgreementSearch}. */
public interface Agreements extends Repository<Agreement, Long> {

	/** Written out rather than as an entity graph, whose translation Hibernate does not keep (see Activities). */
	@Query("select a from Agreement a left join fetch a.provinces left join fetch a.groups where a.id = :id")
	Optional<Agreement> findWithDetailsById(Long id);

	/** Agreements with one of these provinces as a partner, newest first, with their provinces. */
	@Query("""
			select distinct a from Agreement a left join fetch a.provinces
			where exists (select 1 from Agreement x join x.provinces p where x = a and p.id in :provinces)
			  and (a.sharedWithProvinces = true or :sharedOnly = false)
			order by a.signedOn desc nulls last, a.id desc""")
	List<Agreement> findInvolving(Collection<Long> provinces, boolean sharedOnly);

	@EntityGraph(attributePaths = "provinces")
	@Query("select a from Agreement a order by a.signedOn desc nulls last, a.id desc")
	List<Agreement> findAllNewestFirst();

	/**
	 * Agreements signed with one of these units, with a unit they were merged into, or with a unit merged into
	 * them: an activity with Tuyên Quang (2025) may carry out an agreement signed with Hà Giang in 2023.
	 */
	@Query("""
			select distinct a from Agreement a left join fetch a.provinces
			where exists (select 1 from Agreement x join x.provinces p
			              where x = a and (p.id in :provinces or p.successor.id in :provinces
			                    or p.id in (select q.successor.id from Province q where q.id in :provinces)))
			order by a.signedOn desc nulls last, a.id desc""")
	List<Agreement> findRelatedToProvinces(Collection<Long> provinces);

	Agreement saveAndFlush(Agreement agreement);

}
