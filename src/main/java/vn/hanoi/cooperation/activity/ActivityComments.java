package vn.hanoi.cooperation.activity;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface ActivityComments extends Repository<ActivityComment, Long> {

	@EntityGraph(attributePaths = "province")
	List<ActivityComment> findByActivityIdOrderByCommentedAtAscIdAsc(Long activityId);

	@EntityGraph(attributePaths = "province")
	List<ActivityComment> findByActivityIdAndProvinceIdInOrderByCommentedAtAscIdAsc(Long activityId,
			Collection<Long> provinceIds);

	ActivityComment save(ActivityComment comment);

}
