package vn.hanoi.cooperation.api;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.activity.TestActivities;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's client script, run as it is (sh and curl) against the portal started for the tests: with a province
 * officer's token it fetches, page by page, the province's activities changed since yesterday and nothing else.
 */
@PortalTest
class ClientScriptTest {

	private static final Pattern TITLE = Pattern.compile("\"title\":\"(API kịch bản [^\"]*)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestApiTokens tokens;

	TestActivities activities;

	@AfterEach
	void cleanUp() {
		this.tokens.removeAll();
		this.activities.removeAll();
	}

	@Test
	void theScriptFetchesTheProvincesActivitiesChangedSinceYesterday() throws Exception {
		this.tokens = new TestApiTokens(this.jdbc);
		this.activities = new TestActivities(this.jdbc);
		LocalDate deadline = LocalDate.of(2026, 12, 31);
		this.activities.create("API kịch bản mới 1", "SCT_2025", deadline, true, "11");
		this.activities.create("API kịch bản mới 2", "SYT", deadline, true, "11");
		Long old = this.activities.create("API kịch bản cũ", "SCT_2025", deadline, true, "11");
		this.activities.create("API kịch bản Lai Châu", "SCT_2025", deadline, true, "12");
		this.activities.create("API kịch bản chưa chia sẻ", "SCT_2025", deadline, false, "11");
		this.jdbc.update("""
				update activities set last_update_at = now() - interval '3 days', updated_at = now() - interval '3 days'
				 where id = ?""", old);
		Long dienBien = this.accounts.principal(Role.PROVINCE).getProvinceId();
		String token = this.tokens.create(this.accounts.principal(Role.PROVINCE).getAccountId());

		ProcessBuilder script = new ProcessBuilder("sh", new File("src/main/scripts/changed-activities.sh").getAbsolutePath(),
				dienBien.toString());
		script.environment().put("PORTAL_URL", "http://localhost:" + this.port);
		script.environment().put("TOKEN", token);
		// One activity a page, so that the script follows the cursor.
		script.environment().put("LIMIT", "1");
		script.redirectErrorStream(true);
		Process process = script.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();

		Matcher titles = TITLE.matcher(output);
		List<String> found = titles.results().map(m -> m.group(1)).toList();
		assertThat(found).containsExactly("API kịch bản mới 1", "API kịch bản mới 2");
		assertThat(output.lines().count()).as("pages").isGreaterThanOrEqualTo(2);
	}

}
