package vn.hanoi.cooperation.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On a database without any administrator, creates the first one from PORTAL_ADMIN_USERNAME and
 * PORTAL_ADMIN_PASSWORD. Without them nobody gets a default password: the log says what to set.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	/** Held until the transaction ends: instances starting together create the administrator once. */
	private static final long CREATION_LOCK = 188_2022_0001L;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final String username;

	private final String password;

	FirstAdministrator(Accounts accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc,
			@Value("${portal.admin.username:}") String username, @Value("${portal.admin.password:}") String password) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.username = username.strip().toLowerCase();
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(CREATION_LOCK).query(Integer.class).single();
		if (this.accounts.existsByRole(Role.ADMIN)) {
			return;
		}
		if (!StringUtils.hasText(this.username) || !StringUtils.hasText(this.password)) {
			log.warn("No administrator exists yet. Set PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD "
					+ "(at least {} characters) and restart to create the first one.", MINIMUM_PASSWORD_LENGTH);
			return;
		}
		if (this.password.codePointCount(0, this.password.length()) < MINIMUM_PASSWORD_LENGTH
				|| !this.username.matches("[a-z0-9._-]{3,60}")) {
			log.warn("PORTAL_ADMIN_USERNAME must be 3-60 letters, digits, '.', '_' or '-', and PORTAL_ADMIN_PASSWORD "
					+ "at least {} characters: no administrator was created.", MINIMUM_PASSWORD_LENGTH);
			return;
		}
		this.accounts.save(Account.administrator(this.username, "Quản trị hệ thống",
				this.passwordEncoder.encode(this.password)));
		log.info("Created the first administrator '{}' from PORTAL_ADMIN_USERNAME.", this.username);
	}

}
