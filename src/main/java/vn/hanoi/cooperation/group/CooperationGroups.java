package vn.hanoi.cooperation.group;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The 15 groups of cooperation content. */
public interface CooperationGroups extends Repository<CooperationGroup, Long> {

	@EntityGraph(attributePaths = "leadDepartment")
	List<CooperationGroup> findAllByOrderByNumber();

	@EntityGraph(attributePaths = "leadDepartment")
	Optional<CooperationGroup> findByNumber(int number);

	/** For the list: each lead department with its successor, to say who leads since a reorganisation. */
	@EntityGraph(attributePaths = { "leadDepartment", "leadDepartment.successor" })
	@Query("select g from CooperationGroup g order by g.number")
	List<CooperationGroup> findAllWithLeadSuccessors();

	Optional<CooperationGroup> findById(Long id);

	CooperationGroup save(CooperationGroup group);

}
