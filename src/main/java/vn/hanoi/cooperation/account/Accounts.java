package vn.hanoi.cooperation.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The portal's accounts. */
public interface Accounts extends Repository<Account, Long> {

	@EntityGraph(attributePaths = { "department", "province" })
	@Query("select a from Account a where lower(a.username) = lower(:username)")
	Optional<Account> findByUsername(String username);

	boolean existsByRole(Role role);

	@EntityGraph(attributePaths = { "department", "province" })
	List<Account> findByDemoTrueOrderById();

	long count();

	Account save(Account account);

}
