package vn.hanoi.cooperation.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario (c), {@code approval}: the coordinator approves 200 waiting results in one request from the queue, round
 * after round (each round's results are new), while scenario (b)'s users load the portal when both run. Prints each
 * round's time, and the median and worst; the bound is 2 s.
 */
final class BulkApproval {

	static final int BATCH = 200;

	/** A year the benchmark data leaves empty (it fills 2022–2026), so the queue holds only these results. */
	private static final int YEAR = 2027;

	private BulkApproval() {
	}

	/**
	 * @param warmups rounds first run and printed apart: the first approvals run while the JIT compiler has not yet
	 * seen the code, as on no server that has been up for a while
	 */
	static String run(String base, JdbcTemplate jdbc, String passwordHash, int warmups, int rounds)
			throws Exception {
		jdbc.update("""
				insert into accounts (username, display_name, password_hash, role)
				values ('approval.coordinator', 'Điều phối (đo tải)', ?, 'COORDINATOR')
				on conflict do nothing""", passwordHash);
		PortalBenchmark.VirtualUser coordinator = new PortalBenchmark.VirtualUser("approval.coordinator", base, 1,
				jdbc);
		coordinator.login();
		List<Long> millis = new ArrayList<>();
		for (int round = 0; round < warmups + rounds; round++) {
			waiting(jdbc);
			String form = jdbc
				.queryForList("select id || ':' || version from yearly_results where year = ? and status = 'SUBMITTED'",
						String.class, YEAR)
				.stream()
				.map(pick -> "pick=" + URLEncoder.encode(pick, StandardCharsets.UTF_8))
				.collect(Collectors.joining("&")) + "&year=" + YEAR;
			long start = System.nanoTime();
			int status = coordinator.post("/results/queue/approve", form);
			millis.add((System.nanoTime() - start) / 1_000_000);
			assertThat(status).as("the approval answers with the queue").isEqualTo(302);
			assertThat(jdbc.queryForObject("select count(*) from yearly_results where year = ? and status = 'APPROVED'",
					Integer.class, YEAR)).as("round %d approved every result", round).isEqualTo(BATCH);
		}
		jdbc.update("delete from yearly_results where year = ?", YEAR);
		List<Long> measured = millis.subList(warmups, millis.size());
		List<Long> sorted = measured.stream().sorted().toList();
		return String.format("%n### Bulk approval (%d results in one request, %d rounds after %d warm-up rounds)%n%n"
				+ "| warm-up rounds (ms) | measured rounds (ms) | median (ms) | worst (ms) | load average |%n"
				+ "|---|---|---:|---:|---:|%n| %s | %s | %d | %d | %s |%n", BATCH, rounds, warmups,
				joined(millis.subList(0, warmups)), joined(measured), sorted.get(sorted.size() / 2),
				sorted.get(sorted.size() - 1), loadAverage());
	}

	private static String joined(List<Long> millis) {
		return millis.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	/** How busy the machine was: the figures mean little when other work competes for the cores. */
	private static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

	/** 200 submitted results of the year, spread over indicators, departments and provinces as the queue sees them. */
	private static void waiting(JdbcTemplate jdbc) {
		jdbc.update("delete from yearly_results where year = ?", YEAR);
		jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, province_id, actual, status, submitted_at)
				select i.id, ?, d.id, p.id, 5, 'SUBMITTED', now()
				from indicators i
				cross join (select id from departments where valid_to is null) d
				cross join (select id from provinces where valid_to is null and code <> '01') p
				order by hashint8(i.id * 1000003 + d.id * 104729 + p.id) limit ?""", YEAR, BATCH);
	}

}
