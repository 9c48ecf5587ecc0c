package vn.hanoi.cooperation.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One line of a record's history as the history table shows it, and the message keys that name its step, field
 * and coded values: the only place these rules live. {@link ChangeLog} hands these out for each stored
 * {@link RecordChange}; a page that reads its history in SQL builds them itself.
 */
public record HistoryEntry(RecordKind kind, RecordChange.Action action, String field, String oldValue,
		String newValue, String authorName, Instant changedAt) {

	/** An activity's amounts of money, kept as plain digits (1500000000) and written like every other amount. */
	private static final Set<String> ACTIVITY_AMOUNTS = Set.of("budgetPlanned", "budgetSpent");

	private static final Set<RecordChange.Action> STEPS = EnumSet.of(RecordChange.Action.SUBMITTED,
			RecordChange.Action.APPROVED, RecordChange.Action.RETURNED, RecordChange.Action.CONFIRMED,
			RecordChange.Action.DISPUTED);

	/** The message key naming the step, in the words of the record's kind ("Tạo hoạt động", "Gửi duyệt"). */
	public String actionKey() {
		return this.kind.messagePrefix() + ".history.action." + this.action.name();
	}

	/**
	 * A step of a result's approval or of a province's answer: the history names the step and shows its note (a
	 * reason, a comment) rather than a field's old and new value.
	 */
	public boolean step() {
		return STEPS.contains(this.action);
	}

	/** The message key naming the field, for the history table. */
	public String fieldKey() {
		return this.kind.messagePrefix() + ".field." + this.field;
	}

	/** The message key that translates the old value when it is a code (a status, yes/no, a kind), else null. */
	public String oldValueKey() {
		return valueKey(this.oldValue);
	}

	/** The message key that translates the new value when it is a code, else null. */
	public String newValueKey() {
		return valueKey(this.newValue);
	}

	/** The old value as an amount of money, when the field holds one, else null. */
	public BigDecimal oldAmount() {
		return amount(this.oldValue);
	}

	/** The new value as an amount of money, when the field holds one, else null. */
	public BigDecimal newAmount() {
		return amount(this.newValue);
	}

	private BigDecimal amount(String value) {
		if (value == null || this.kind != RecordKind.ACTIVITY || !ACTIVITY_AMOUNTS.contains(this.field)) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String valueKey(String value) {
		if (value == null || this.field == null) {
			return null;
		}
		return switch (this.field) {
			case "sharedWithProvinces" -> "common." + value;
			case "status" -> this.kind == RecordKind.ACTIVITY ? "activity.status." + value : null;
			case "kind" -> this.kind == RecordKind.AGREEMENT ? "agreement.kind." + value : null;
			default -> null;
		};
	}

}
