package vn.hanoi.cooperation.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The yearly plans, newest first. */
public interface Plans extends Repository<Plan, Long> {

	@EntityGraph(attributePaths = { "groups", "groups.leadDepartment" })
	List<Plan> findAllByOrderByYearDesc();

	/** With each group's lead and its successor: a plan names the lead of its own year. */
	@EntityGraph(attributePaths = { "groups", "groups.leadDepartment", "groups.leadDepartment.successor" })
	Optional<Plan> findByYear(int year);

	Optional<Plan> findFirstByOrderByYearDesc();

	@Query("select p.year from Plan p order by p.year desc")
	List<Integer> findYears();

	/** Plans that select groups, so activities can be recorded under them. */
	@Query("select p from Plan p where exists (select 1 from p.groups) order by p.year desc")
	List<Plan> findOpenForActivities();

}
