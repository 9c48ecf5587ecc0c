package vn.hanoi.cooperation.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The security audit log: insert and read, nothing else. */
interface SecurityEvents extends Repository<SecurityEvent, Long> {

	SecurityEvent save(SecurityEvent event);

	@Query(value = """
			select e from SecurityEvent e
			where e.type = coalesce(:type, e.type)
			  and (cast(:username as String) is null or lower(e.username) = lower(cast(:username as String)))
			  and e.createdAt >= coalesce(:from, e.createdAt)
			  and e.createdAt <= coalesce(:to, e.createdAt)
			order by e.id desc""")
	Page<SecurityEvent> findFiltered(SecurityEventType type, String username, Instant from, Instant to,
			Pageable pageable);

}
