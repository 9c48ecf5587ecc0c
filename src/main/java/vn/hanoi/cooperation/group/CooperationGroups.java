package vn.hanoi.cooperation.group;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** The 15 groups of cooperation content. */
public interface CooperationGroups extends Repository<CooperationGroup, Long> {

	@EntityGraph(attributePaths = "leadDepartment")
	List<CooperationGroup> findAllByOrderByNumber();

	@EntityGraph(attributePaths = "leadDepartment")
	Optional<CooperationGroup> findByNumber(int number);

	Optional<CooperationGroup> findById(Long id);

	CooperationGroup save(CooperationGroup group);

}
