package vn.hanoi.cooperation.province;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The provincial-level units of both maps. */
public interface Provinces extends Repository<Province, Long> {

	@EntityGraph(attributePaths = "successor")
	@Query("""
			select p from Province p
			where (:region is null or p.region = :region)
			  and p.validFrom = coalesce(:validFrom, p.validFrom)
			order by p.validFrom desc, p.code""")
	List<Province> findFiltered(Region region, LocalDate validFrom);

	@Query("select p from Province p where p.validFrom = :validFrom order by p.nameVi")
	List<Province> findByValidFromOrderByName(LocalDate validFrom);

	@EntityGraph(attributePaths = "successor")
	Optional<Province> findById(Long id);

	@EntityGraph(attributePaths = "successor")
	Optional<Province> findByCodeAndValidFrom(String code, LocalDate validFrom);

	/** The unit and every unit merged into it (Tuyên Quang of 2025: itself, Hà Giang, Tuyên Quang of 2008). */
	@Query(nativeQuery = true, value = "select merged_units('PROVINCE', cast(:id as bigint))")
	List<Long> findLineageIds(Long id);

	List<Province> findBySuccessorIdOrderByNameVi(Long successorId);

	List<Province> findByIdIn(Collection<Long> ids);

	/** The units in force on a day, by name: what a form offers for a plan year. */
	@Query("""
			select p from Province p
			where p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)
			order by p.nameVi""")
	List<Province> findValidOn(LocalDate day);

	Province save(Province province);

}
