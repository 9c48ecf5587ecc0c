package vn.hanoi.cooperation.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The portal's accounts. */
public interface Accounts extends Repository<Account, Long> {

	@EntityGraph(attributePaths = { "department", "province" })
	@Query("select a from Account a where lower(a.username) = lower(:username)")
	Optional<Account> findByUsername(String username);

	/** The username of the account a login form names, in any case; nothing loaded beyond it. */
	@Query("select a.username from Account a where lower(a.username) = lower(:username)")
	Optional<String> findUsername(String username);

	/** The accounts with this e-mail address (several may share one): single sign-on by e-mail wants exactly one. */
	@EntityGraph(attributePaths = { "department", "province" })
	@Query("select a from Account a where lower(a.email) = lower(:email)")
	List<Account> findByEmail(String email);

	boolean existsByRole(Role role);

	/**
	 * The enabled administrators, locked until the transaction ends: two administrators disabling each other at
	 * the same moment would otherwise both succeed and leave nobody to manage the portal.
	 */
	@Query(value = "select id from accounts where role = 'ADMIN' and enabled order by id for update", nativeQuery = true)
	List<Long> lockEnabledAdministrators();

	@EntityGraph(attributePaths = { "department", "province" })
	List<Account> findByDemoTrueOrderById();

	long count();

	/**
	 * As a query rather than {@code findById} with an entity graph: Hibernate builds a new loader for every find that
	 * carries a graph (a quarter of an API call's CPU, once per call), while a query's plan is kept.
	 */
	@Query("select a from Account a left join fetch a.department left join fetch a.province where a.id = :id")
	Optional<Account> findById(Long id);

	/** Search ignores case and diacritics, as everywhere in the portal ("lao cai" finds "Lào Cai"). */
	@EntityGraph(attributePaths = { "department", "province" })
	@Query(value = """
			select a from Account a
			where (cast(:text as String) is null or cast(function('portal_unaccent', lower(concat(a.username, ' ', a.displayName))) as String)
			       like concat('%', cast(function('portal_unaccent', lower(cast(:text as String))) as String), '%') escape '\\')
			  and a.role = coalesce(:role, a.role)
			  and a.enabled = coalesce(:enabled, a.enabled)
			order by a.username""", countQuery = """
			select count(a) from Account a
			where (cast(:text as String) is null or cast(function('portal_unaccent', lower(concat(a.username, ' ', a.displayName))) as String)
			       like concat('%', cast(function('portal_unaccent', lower(cast(:text as String))) as String), '%') escape '\\')
			  and a.role = coalesce(:role, a.role)
			  and a.enabled = coalesce(:enabled, a.enabled)""")
	Page<Account> search(String text, Role role, Boolean enabled, Pageable pageable);

	Account save(Account account);

}
