package vn.hanoi.cooperation.activity;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ActivityComments extends Repository<ActivityComment, Long> {

	// Written out rather than as entity graphs, whose translation Hibernate does not keep (see Activities).
	@Query("""
			select c from ActivityComment c join fetch c.province
			where c.activityId = :activityId order by c.commentedAt, c.id""")
	List<ActivityComment> findByActivityIdOrderByCommentedAtAscIdAsc(Long activityId);

	@Query("""
			select c from ActivityComment c join fetch c.province
			where c.activityId = :activityId and c.province.id in :provinceIds order by c.commentedAt, c.id""")
	List<ActivityComment> findByActivityIdAndProvinceIdInOrderByCommentedAtAscIdAsc(Long activityId,
			Collection<Long> provinceIds);

	ActivityComment save(ActivityComment comment);

}
