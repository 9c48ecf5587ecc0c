package vn.hanoi.cooperation.activity;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The evidence of activities, without its bytes (the activity's page lists it through {@link ActivityDetails}). */
interface EvidenceFiles extends Repository<Evidence, Long> {

	/**
	 * Whether the uploader of evidence {@code e} may still change its activity {@code v}, as
	 * {@link ActivityAccess#canEdit} would answer for them today: an enabled account of the coordinator or an
	 * administrator, or of staff whose department holds the activity's lead department. False once the account is
	 * deleted (uploaded_by is then null), disabled, or moved to another department or role.
	 */
	String UPLOADER_MAY_STILL_EDIT = """
			exists (select 1 from accounts up where up.id = e.uploaded_by and up.enabled
			          and (up.role in ('ADMIN', 'COORDINATOR')
			               or (up.role = 'STAFF'
			                   and v.lead_department_id in (select merged_units('DEPARTMENT', up.department_id)))))""";

	Optional<Evidence> findByIdAndActivityId(Long id, Long activityId);

	@Query(nativeQuery = true, value = "select " + UPLOADER_MAY_STILL_EDIT
			+ " from activity_evidence e join activities v on v.id = e.activity_id where e.id = :id")
	boolean uploaderMayStillEdit(Long id);

	Evidence saveAndFlush(Evidence evidence);

	/**
	 * The file, its row locked until the removal commits: two tabs removing it at once take turns, and the second
	 * then finds nothing (rather than a row that vanishes between its checks).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Evidence e where e.id = :id and e.activityId = :activityId")
	Optional<Evidence> findForRemoval(Long id, Long activityId);

	void delete(Evidence evidence);

}
