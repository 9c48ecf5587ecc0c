package vn.hanoi.cooperation.notification;

import java.time.ZoneId;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Account;
import vn.hanoi.cooperation.account.Accounts;
import vn.hanoi.cooperation.system.NotFoundException;

/** Reads and writes a person's e-mail address, language and choice per kind, in one transaction. */
@Service
class NotificationSettings {

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Accounts accounts;

	private final JdbcClient jdbc;

	NotificationSettings(Accounts accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	NotificationSettingsForm of(Long accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow(NotFoundException::new);
		Map<NotificationKind, Delivery> chosen = new java.util.EnumMap<>(NotificationKind.class);
		this.jdbc.sql("select kind, delivery from notification_preferences where account_id = :accountId")
			.param("accountId", accountId)
			.query((rs, n) -> Map.entry(NotificationKind.valueOf(rs.getString("kind")),
					Delivery.valueOf(rs.getString("delivery"))))
			.list()
			.forEach(entry -> chosen.put(entry.getKey(), entry.getValue()));
		return new NotificationSettingsForm(account.getEmail() == null ? "" : account.getEmail(),
				account.getLanguage(), chosen).withDefaults();
	}

	/** Saves the person's choices; their address too, unless it is their sign-on identity ({@code keepEmail}). */
	@Transactional
	void save(Long accountId, NotificationSettingsForm form, boolean keepEmail) {
		Account account = this.accounts.findById(accountId).orElseThrow(NotFoundException::new);
		account.changeContact(keepEmail ? account.getEmail() : form.normalizedEmail(), form.language());
		this.accounts.save(account);
		form.completeDeliveries().forEach((kind, delivery) -> this.jdbc.sql("""
				insert into notification_preferences (account_id, kind, delivery) values (:accountId, :kind, :delivery)
				on conflict (account_id, kind) do update set delivery = excluded.delivery""")
			.param("accountId", accountId)
			.param("kind", kind.name())
			.param("delivery", delivery.name())
			.update());
	}

}
