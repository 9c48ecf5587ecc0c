package vn.hanoi.cooperation.audit;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The audit log's filter: every part optional; dates are whole days in Hanoi time, written dd/MM/yyyy. */
record AuditFilter(SecurityEventType type, @Size(max = 60) String username,
		@DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate from,
		@DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate to) {

	String usernameOrNull() {
		return this.username == null || this.username.isBlank() ? null : this.username.strip();
	}

}
