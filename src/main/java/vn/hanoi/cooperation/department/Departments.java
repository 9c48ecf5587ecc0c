package vn.hanoi.cooperation.department;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Hanoi's departments, those of 2022 and those of 1 March 2025. */
public interface Departments extends Repository<Department, Long> {

	@EntityGraph(attributePaths = "successor")
	@Query("select d from Department d order by d.validTo nulls first, d.nameVi")
	List<Department> findAllOrdered();

	@Query("select d from Department d where d.validTo is null order by d.nameVi")
	List<Department> findCurrent();

	@EntityGraph(attributePaths = "successor")
	Optional<Department> findByCode(String code);

	Optional<Department> findById(Long id);

	/** The department and every unit merged into it, at any depth (a staff officer acts for all of them). */
	@Query(nativeQuery = true, value = "select merged_units('DEPARTMENT', cast(:id as bigint))")
	List<Long> findLineageIds(Long id);

	List<Department> findBySuccessorIdOrderByNameVi(Long successorId);

	List<Department> findByIdIn(Collection<Long> ids);

	/** The departments in force on a day, by name: what a form offers for a plan year. */
	@Query("""
			select d from Department d
			where (d.validFrom is null or d.validFrom <= :day) and (d.validTo is null or d.validTo >= :day)
			order by d.nameVi""")
	List<Department> findValidOn(LocalDate day);

	Department save(Department department);

}
