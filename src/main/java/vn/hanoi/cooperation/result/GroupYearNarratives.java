package vn.hanoi.cooperation.result;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface GroupYearNarratives extends Repository<GroupYearNarrative, Long> {

	@Query("select n from GroupYearNarrative n join fetch n.group where n.year = :year")
	List<GroupYearNarrative> findByYear(int year);

	Optional<GroupYearNarrative> findByGroupIdAndYear(Long groupId, int year);

	GroupYearNarrative saveAndFlush(GroupYearNarrative narrative);

}
