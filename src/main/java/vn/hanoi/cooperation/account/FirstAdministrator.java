package vn.hanoi.cooperation.account;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * On a database without any administrator, creates the first one from PORTAL_ADMIN_USERNAME and
 * PORTAL_ADMIN_PASSWORD, which must pass the password rules of every account: otherwise the start stops and says
 * why. Without them nobody gets a default password: the console shows a one-time link where whoever started the
 * portal chooses the administrator's username and password. Runs after the demo accounts exist, so that a demo
 * start, which has its administrator, prints no link.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** Held until the transaction ends: instances starting together create the administrator once. */
	private static final long CREATION_LOCK = 188_2022_0001L;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final String username;

	private final String password;

	private final FirstAdministratorLinks links;

	private final Environment environment;

	private final PasswordPolicy policy;

	FirstAdministrator(Accounts accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc,
			@Value("${portal.admin.username:}") String username, @Value("${portal.admin.password:}") String password,
			FirstAdministratorLinks links, Environment environment, PasswordPolicy policy) {
		this.accounts = accounts;
		this.policy = policy;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.links = links;
		this.environment = environment;
		this.username = username.strip().toLowerCase();
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		lockCreation(this.jdbc);
		if (this.accounts.existsByRole(Role.ADMIN)) {
			return;
		}
		if (!StringUtils.hasText(this.username) || !StringUtils.hasText(this.password)) {
			printSetupLink();
			return;
		}
		// Stops the start: a portal running without the administrator it was told to create serves nobody.
		if (!this.username.matches("[a-z0-9._-]{3,60}")) {
			throw new IllegalStateException("PORTAL_ADMIN_USERNAME must be 3-60 letters, digits, '.', '_' or '-': "
					+ "no administrator was created.");
		}
		Errors errors = new MapBindingResult(new HashMap<>(Map.of("password", this.password)), "PORTAL_ADMIN_PASSWORD");
		this.policy.validate(this.password, this.username, errors, "password");
		if (errors.hasErrors()) {
			throw new IllegalStateException("PORTAL_ADMIN_PASSWORD " + reason(errors.getFieldError().getCode())
					+ ": no administrator was created. Choose another and start again.");
		}
		this.accounts.save(Account.administrator(this.username, "Quản trị hệ thống",
				this.passwordEncoder.encode(this.password)));
		log.info("Created the first administrator '{}' from PORTAL_ADMIN_USERNAME.", this.username);
	}

	private static String reason(String code) {
		return switch (code) {
			case "password.length" -> "must be " + PasswordPolicy.MINIMUM_LENGTH + " to " + PasswordPolicy.MAXIMUM_LENGTH
					+ " characters";
			case "password.common" -> "is a common password, the demo accounts' password or the username";
			default -> "breaks the password rules (" + code + ")";
		};
	}

	/** Held until the transaction ends, by whatever creates the first administrator. */
	static void lockCreation(JdbcClient jdbc) {
		jdbc.sql("select 1 from pg_advisory_xact_lock(:lock)")
			.param("lock", CREATION_LOCK)
			.query(Integer.class)
			.single();
	}

	private void printSetupLink() {
		FirstAdministratorLinks.IssuedLink link = this.links.issue();
		String port = this.environment.getProperty("local.server.port");
		String base = port == null ? ""
				: "http://localhost:" + port + this.environment.getProperty("server.servlet.context-path", "");
		log.warn("""


				  No administrator exists yet. Open this one-time link to create the first one, with a username and
				  password of your choice:

				      {}/first-administrator/{}

				  It works once, until {} (24 hours), and only while no administrator exists. Or set
				  PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD (at least {} characters) and restart.
				""", base, link.token(), EXPIRY.format(link.expiresAt()), PasswordPolicy.MINIMUM_LENGTH);
	}

}
