package vn.hanoi.cooperation.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The activities; lists and counts go through {@link ActivitySearch}, which reads in SQL. */
public interface Activities extends Repository<Activity, Long> {

	/**
	 * An activity with what its page and the importer read, in one statement. Written out rather than as an entity
	 * graph: Hibernate keeps no translated plan for a query with a graph and translated it again on every call.
	 */
	String WITH_DETAILS = """
			select a from Activity a join fetch a.plan join fetch a.group join fetch a.leadDepartment
			  left join fetch a.coordinatingDepartments left join fetch a.partnerProvinces
			  left join fetch a.agreement ag left join fetch ag.provinces
			""";

	@Query(WITH_DETAILS + "where a.id = :id")
	Optional<Activity> findWithDetailsById(Long id);

	/** The import's lookup of each row; upper() as the unique index on references. */
	@Query(WITH_DETAILS + "where upper(a.reference) = upper(:reference)")
	Optional<Activity> findWithDetailsByReferenceIgnoreCase(String reference);

	/**
	 * The most recent activities with one of these provinces as partner, at most {@code limit}: the page stays small.
	 * The partners' ids as an array make PostgreSQL fetch those activities by key instead of hashing the table.
	 */
	@Query(nativeQuery = true, value = """
			select a.id from activities a join plans pl on pl.id = a.plan_id
			where a.id = any(array(select ap.activity_id from activity_partner_provinces ap
			                       where ap.province_id in (:provinces)))
			  and (a.shared_with_provinces or not :sharedOnly)
			order by pl.year desc, a.id desc
			limit :limit""")
	List<Long> findIdsInvolving(Collection<Long> provinces, boolean sharedOnly, int limit);

	/**
	 * These activities with partners and group fetched, by group and year (Hibernate returns each activity once;
	 * a SQL distinct would sort every column, descriptions included).
	 */
	@Query("""
			select a from Activity a join fetch a.group g join fetch a.plan pl left join fetch a.partnerProvinces
			where a.id in :ids
			order by g.number, pl.year desc, a.plannedStart desc nulls last, a.id desc""")
	List<Activity> findForProvincePage(Collection<Long> ids);

	Activity saveAndFlush(Activity activity);

	/** Open activities of these departments whose deadline falls between two days (both included). */
	@Query("""
			select a from Activity a join fetch a.group join fetch a.plan
			where a.leadDepartment.id in :departments and a.status in :open
			  and a.deadline between :from and :to
			order by a.deadline, a.id""")
	List<Activity> findOpenWithDeadlineBetween(Collection<Long> departments, Collection<ActivityStatus> open,
			LocalDate from, LocalDate to);

	/**
	 * Open activities of these departments that nobody has touched since {@code before}, leaving out those due by
	 * {@code dueBy}: they are listed once, as overdue or due soon, so the lists add up to the menu's count.
	 */
	@Query("""
			select a from Activity a join fetch a.group join fetch a.plan
			where a.leadDepartment.id in :departments and a.status in :open and a.lastUpdateAt < :before
			  and (a.deadline is null or a.deadline > :dueBy)
			order by a.lastUpdateAt, a.id""")
	List<Activity> findOpenNotUpdatedSince(Collection<Long> departments, Collection<ActivityStatus> open,
			Instant before, LocalDate dueBy);

	/** How many open activities need attention: overdue, due soon, or not updated for long. */
	@Query("""
			select count(a) from Activity a
			where a.leadDepartment.id in :departments and a.status in :open
			  and (a.deadline <= :dueBy or a.lastUpdateAt < :before)""")
	long countNeedingAttention(Collection<Long> departments, Collection<ActivityStatus> open, LocalDate dueBy,
			Instant before);

	void delete(Activity activity);

	/** A progress note counts as an update for "not updated in 60 days" without bumping the version. */
	@Modifying
	@Query(nativeQuery = true, value = "update activities set last_update_at = now() where id = :id")
	void touch(Long id);

	/** The version as committed, the row locked until the transaction ends: writes on one activity queue up. */
	@Query(nativeQuery = true, value = "select version from activities where id = :id for update")
	Optional<Long> lockVersion(Long id);

	/**
	 * The titles a department's activities of a plan have, oldest first: the importer's check for rows already
	 * imported.
	 */
	@Query("""
			select new vn.hanoi.cooperation.activity.ActivityTitle(a.id, a.reference, a.title) from Activity a
			where a.plan.id = :planId and a.leadDepartment.id = :leadDepartmentId order by a.id""")
	List<ActivityTitle> findTitles(Long planId, Long leadDepartmentId);

	/**
	 * Waits for the advisory locks (class, key) and holds them until the transaction ends, one after the other in
	 * the order given (the aggregate reads the unnested arrays in order): callers sort them, so that two
	 * transactions taking several never wait for each other in a circle.
	 */
	@Query(nativeQuery = true, value = """
			select count(pg_advisory_xact_lock(k.kind, k.key))
			from unnest(cast(:kinds as int[]), cast(:keys as int[])) as k(kind, key)""")
	long holdLocks(Integer[] kinds, Integer[] keys);

	/** Whether an activity has one of these references (in upper case, as the unique index compares them). */
	@Query(nativeQuery = true, value = "select exists (select 1 from activities where upper(reference) in (:references))")
	boolean anyWithReference(Collection<String> references);

	/** Marks the activities an import wrote, so that the list can show that import's rows. */
	@Modifying
	@Query(nativeQuery = true, value = "update activities set import_batch = :batch where id in (:ids)")
	void markImported(java.util.UUID batch, Collection<Long> ids);

}
