package vn.hanoi.cooperation.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PasswordResetTokens extends Repository<PasswordResetToken, Long> {

	PasswordResetToken save(PasswordResetToken token);

	@EntityGraph(attributePaths = "account")
	Optional<PasswordResetToken> findByTokenHash(String tokenHash);

	/** A new link replaces the older ones: only the latest link an admin handed out works. */
	@Modifying
	@Query("update PasswordResetToken t set t.usedAt = :now where t.account.id = :accountId and t.usedAt is null")
	int retireAll(Long accountId, Instant now);

}
