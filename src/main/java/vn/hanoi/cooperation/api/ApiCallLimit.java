package vn.hanoi.cooperation.api;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.system.BookkeepingTransaction;

/**
 * How many calls a token may make per minute, counted in PostgreSQL in fixed one-minute windows so that every
 * instance of the portal counts the same calls. One statement per call: it counts this call and drops the token's
 * past windows, in a {@link BookkeepingTransaction} (a crash of PostgreSQL may forget the last calls counted, never
 * count one twice).
 */
@Component
class ApiCallLimit {

	private final JdbcClient jdbc;

	private final BookkeepingTransaction bookkeeping;

	private final int callsPerMinute;

	ApiCallLimit(JdbcClient jdbc, BookkeepingTransaction bookkeeping,
			@Value("${portal.api.calls-per-minute:120}") int callsPerMinute) {
		this.jdbc = jdbc;
		this.bookkeeping = bookkeeping;
		this.callsPerMinute = callsPerMinute;
	}

	/** Counts the call; empty when it is allowed, else how long until the next window opens. */
	Optional<Duration> admit(Long tokenId) {
		Window window = this.bookkeeping.run(() -> this.jdbc.sql("""
				with past as (delete from api_call_windows
				               where token_id = :token and window_start < date_trunc('minute', now()))
				insert into api_call_windows (token_id, window_start, calls)
				values (:token, date_trunc('minute', now()), 1)
				on conflict (token_id, window_start) do update set calls = api_call_windows.calls + 1
				returning calls,
				          ceil(extract(epoch from (window_start + interval '1 minute' - now())))::int as seconds_left""")
			.param("token", tokenId)
			.query((rs, n) -> new Window(rs.getInt("calls"), rs.getInt("seconds_left")))
			.single());
		return window.calls() <= this.callsPerMinute ? Optional.empty()
				: Optional.of(Duration.ofSeconds(Math.max(1, window.secondsLeft())));
	}

	int callsPerMinute() {
		return this.callsPerMinute;
	}

	private record Window(int calls, int secondsLeft) {
	}

}
