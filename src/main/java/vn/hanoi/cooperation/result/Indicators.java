package vn.hanoi.cooperation.result;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The indicator catalogue. */
public interface Indicators extends Repository<Indicator, Long> {

	@Query("select i from Indicator i join fetch i.group g order by g.number, i.code")
	List<Indicator> findAllOrdered();

	/** The indicators of the groups these departments lead: what a department reports even before its first figure. */
	@Query("select i from Indicator i join fetch i.group g where g.leadDepartment.id in :departments")
	List<Indicator> findOfGroupsLedBy(Collection<Long> departments);

	@Query("select i from Indicator i join fetch i.group where i.id = :id")
	Optional<Indicator> findById(Long id);

	@Query("select count(i) > 0 from Indicator i where upper(i.code) = upper(:code) and (:id is null or i.id <> :id)")
	boolean existsOtherWithCode(String code, Long id);

	/**
	 * Holds the indicator's row until the transaction ends, as publishing a figure of it does: an edit then reads
	 * whether figures exist only after a publication under way has committed, and a publication waits for the edit.
	 */
	@Query(nativeQuery = true, value = "select id from indicators where id = :id for update")
	Optional<Long> holdForEdit(Long id);

	Indicator save(Indicator indicator);

}
