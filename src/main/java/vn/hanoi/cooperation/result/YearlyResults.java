package vn.hanoi.cooperation.result;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The yearly results; the year view reads its totals in SQL through {@link ResultYearReport}. */
public interface YearlyResults extends Repository<YearlyResult, Long> {

	/**
	 * A result with what its page, its checks and the grid read. Written out rather than as an entity graph, whose
	 * translation Hibernate does not keep (see Activities).
	 */
	String WITH_DETAILS = """
			select r from YearlyResult r join fetch r.indicator i join fetch i.group
			  left join fetch r.department left join fetch r.province
			""";

	@Query(WITH_DETAILS + "where r.id = :id")
	Optional<YearlyResult> findWithDetailsById(Long id);

	/** Several results in one statement (approval queue's batch, grid's new rows). */
	@Query(WITH_DETAILS + "where r.id in :ids")
	List<YearlyResult> findWithDetailsByIdIn(Collection<Long> ids);

	/**
	 * The year's entries, filtered (null filters match everything), one page with the number of them all, or every
	 * one with {@link Pageable#unpaged()} (the exports).
	 */
	@Query(value = """
			select r from YearlyResult r join fetch r.indicator i join fetch i.group g
			  left join fetch r.department d left join fetch r.province p
			where r.year = :year
			  and (:status is null or r.status = :status)
			  and (:allDepartments = true or d.id in :departments)
			  and (:allProvinces = true or p.id in :provinces)
			order by g.number, i.code, d.nameVi nulls first, p.nameVi nulls first, r.id""", countQuery = """
			select count(r) from YearlyResult r left join r.department d left join r.province p
			where r.year = :year
			  and (:status is null or r.status = :status)
			  and (:allDepartments = true or d.id in :departments)
			  and (:allProvinces = true or p.id in :provinces)""")
	Page<YearlyResult> findEntryPage(int year, ResultStatus status, boolean allDepartments,
			Collection<Long> departments, boolean allProvinces, Collection<Long> provinces, Pageable pageable);

	/** One page of a year's results of a status about these provinces, by group, indicator, unit and department. */
	@Query("""
			select r from YearlyResult r join fetch r.indicator i join fetch i.group g
			  left join fetch r.department d join fetch r.province p
			where r.status = :status and p.id in :provinces and r.year = :year
			order by g.number, i.code, p.nameVi, d.nameVi nulls first, r.id""")
	List<YearlyResult> findByProvincesAndYear(ResultStatus status, Collection<Long> provinces, int year,
			Pageable page);

	/**
	 * Whether the same indicator, year, department and province already has a figure (other than {@code id}). A
	 * department that ended on 28/02/2025 and its successor are two departments with a row each: the city's figure
	 * adds their flows and lets the successor's running total cover the predecessor's (V93-V101).
	 */
	@Query(nativeQuery = true, value = """
			select exists (select 1 from yearly_results
			  where indicator_id = :indicator and year = :year
			    and coalesce(department_id, 0) = coalesce(cast(:department as bigint), 0)
			    and coalesce(province_id, 0) = coalesce(cast(:province as bigint), 0)
			    and id <> coalesce(cast(:id as bigint), 0))""")
	boolean existsDuplicate(Long indicator, int year, Long department, Long province, Long id);

	/** A department's rows of an indicator and year (a null department: the city-level rows): total and breakdown. */
	@Query("""
			select r from YearlyResult r left join r.department d left join fetch r.province
			where r.indicator.id = :indicator and r.year = :year
			  and ((:department is null and d is null) or d.id = :department)""")
	List<YearlyResult> findDepartmentRows(Long indicator, int year, Long department);

	/** The rows of these departments (a department and its predecessors) in the years given: the results grid. */
	@Query("""
			select r from YearlyResult r join fetch r.indicator i join fetch i.group g join fetch r.department d
			  left join fetch r.province p
			where d.id in :departments and r.year between :fromYear and :toYear""")
	List<YearlyResult> findOfDepartments(Collection<Long> departments, int fromYear, int toYear);


	/**
	 * Holds the result's row until the transaction ends, against its being changed (sent back, edited) meanwhile;
	 * the result is then read as it is once any change already under way has committed.
	 */
	@Query(nativeQuery = true, value = "select id from yearly_results where id = :id for share")
	Optional<Long> holdForAnswer(Long id);

	/** Whether results in the indicator's unit exist (a published figure is {@link PublishedIndicators}' to say). */
	@Query(nativeQuery = true, value = "select exists (select 1 from yearly_results where indicator_id = :indicator)")
	boolean existsForIndicator(Long indicator);

	YearlyResult saveAndFlush(YearlyResult result);

	void delete(YearlyResult result);

}
