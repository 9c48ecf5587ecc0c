package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.util.HashMap;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import vn.hanoi.cooperation.system.FormValues;

/**
 * The agreement list's filters, bound from the URL so that a filtered list can be bookmarked. {@code inForceOn}
 * keeps the agreements in force on that day (a past year's last day, as the dashboard counts them), kept as typed
 * so that a mistyped day is shown back with its error; the status stays today's.
 */
public record AgreementFilter(Long province, AgreementStatus status, AgreementKind kind, String q, String inForceOn) {

	public AgreementFilter(Long province, AgreementStatus status, AgreementKind kind, String q) {
		this(province, status, kind, q, null);
	}

	public static AgreementFilter none() {
		return new AgreementFilter(null, null, null, null);
	}

	public boolean isEmpty() {
		return this.province == null && this.status == null && this.kind == null && text() == null
				&& (this.inForceOn == null || this.inForceOn.isBlank());
	}

	/** The words typed in the search box, or null. */
	public String text() {
		return this.q == null || this.q.isBlank() ? null : this.q.strip();
	}

	/** The day typed as every form reads one (dd/MM/yyyy, or yyyy-MM-dd as links send it), or null. */
	public LocalDate inForceDay() {
		return FormValues.day(this.inForceOn, "inForceOn", scratch());
	}

	/** The message key of what is wrong with the day typed, or null. */
	public String inForceOnError() {
		Errors errors = scratch();
		FormValues.day(this.inForceOn, "inForceOn", errors);
		return errors.hasFieldErrors() ? errors.getFieldError().getCode() : null;
	}

	private static Errors scratch() {
		return new MapBindingResult(new HashMap<>(), "filter");
	}

}
