package vn.hanoi.cooperation.notification;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.hanoi.cooperation.account.Account;

/**
 * A person's own settings: an optional e-mail address (the shape the database accepts too), the language of
 * their e-mails, and how each kind of notification reaches them by e-mail.
 */
record NotificationSettingsForm(
		@Size(max = 254) @Pattern(regexp = Account.EMAIL_PATTERN,
				message = "{notification.settings.emailInvalid}") String email,
		@NotNull @Pattern(regexp = "vi|en") String language, Map<NotificationKind, Delivery> deliveries) {

	/** The address as kept: trimmed, null when blank. */
	String normalizedEmail() {
		return Account.normalizedEmail(this.email);
	}

	NotificationSettingsForm withDefaults() {
		return new NotificationSettingsForm(this.email, this.language, completeDeliveries());
	}

	/** Every kind with a choice: a kind the form left out keeps its default. */
	Map<NotificationKind, Delivery> completeDeliveries() {
		Map<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			Delivery chosen = this.deliveries == null ? null : this.deliveries.get(kind);
			all.put(kind, chosen == null ? kind.defaultDelivery() : chosen);
		}
		return all;
	}

}
