package vn.hanoi.cooperation.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators read and filter the security audit log. */
@Controller
class AuditLogController {

	static final String VIEW_LOG = "audit/auditLog";

	static final int PAGE_SIZE = 50;

	static final ZoneId HANOI = SecurityEvent.HANOI;

	private final SecurityEvents events;

	AuditLogController(SecurityEvents events) {
		this.events = events;
	}

	@InitBinder("filter")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("type", "username", "from", "to");
	}

	@GetMapping("/admin/audit")
	String list(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("types", SecurityEventType.values());
		if (result.hasErrors()) {
			model.addAttribute("events", Page.empty());
			return VIEW_LOG;
		}
		Page<SecurityEvent> events = this.events.findFiltered(filter.type(), filter.usernameOrNull(),
				startOf(filter.from()), endOf(filter.to()), PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE));
		model.addAttribute("events", events);
		return VIEW_LOG;
	}

	private static Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(HANOI).toInstant();
	}

	private static Instant endOf(LocalDate day) {
		return day == null ? null : day.plusDays(1).atStartOfDay(HANOI).toInstant().minusNanos(1000);
	}

}
