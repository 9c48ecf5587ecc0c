package vn.hanoi.cooperation.audit;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The audit log's filter: every part optional; dates are whole days in Hanoi time. */
record AuditFilter(SecurityEventType type, @Size(max = 60) String username,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	String usernameOrNull() {
		return this.username == null || this.username.isBlank() ? null : this.username.strip();
	}

}
