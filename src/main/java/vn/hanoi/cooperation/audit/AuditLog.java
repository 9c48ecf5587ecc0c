package vn.hanoi.cooperation.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.hanoi.cooperation.system.BookkeepingTransaction;

/**
 * Writes the security audit log. Any feature may call it, for instance an export:
 * {@code auditLog.record(SecurityEventType.EXPORT, "activities 2025 .xlsx")}.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final SecurityEvents events;

	private final BookkeepingTransaction bookkeeping;

	AuditLog(SecurityEvents events, BookkeepingTransaction bookkeeping) {
		this.events = events;
		this.bookkeeping = bookkeeping;
	}

	/** Records an event of the logged-in user (or of nobody, for an anonymous request). */
	@Transactional
	public void record(SecurityEventType type, String detail) {
		record(type, currentUsername(), detail);
	}

	/** Records an event of the logged-in user, its detail readable in each reader's language. */
	@Transactional
	public void record(SecurityEventType type, SecurityDetail detail) {
		recordAbout(type, currentUsername(), detail);
	}

	/**
	 * Records a call of the read API by the logged-in user (a line every call): in a
	 * {@link BookkeepingTransaction} of its own, which does not wait for the disk.
	 */
	public void recordApiCall(SecurityDetail detail) {
		this.bookkeeping.run(() -> {
			recordAbout(SecurityEventType.API_CALL, currentUsername(), detail);
			return null;
		});
	}

	/** Records an event about {@code username}, its detail readable in each reader's language. */
	@Transactional
	public void recordAbout(SecurityEventType type, String username, SecurityDetail detail) {
		this.events.save(new SecurityEvent(type, username, clientAddress(), detail));
		log.info("security event {} user={} {}", type, SecurityEvent.clean(username, 60),
				SecurityEvent.clean(detail.text(), 200));
	}

	/**
	 * Records an event about {@code username}. It joins the caller's transaction: an admin action that rolls
	 * back leaves no line claiming it happened.
	 */
	@Transactional
	public void record(SecurityEventType type, String username, String detail) {
		this.events.save(new SecurityEvent(type, username, clientAddress(), detail));
		log.info("security event {} user={} {}", type, SecurityEvent.clean(username, 60),
				SecurityEvent.clean(detail, 200));
	}

	private static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal()) ? null : authentication.getName();
	}

	/** The address as the servlet container sees it (behind a proxy: set server.forward-headers-strategy). */
	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
