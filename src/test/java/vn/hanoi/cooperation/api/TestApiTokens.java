package vn.hanoi.cooperation.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.cooperation.account.OneTimeToken;

/** Personal access tokens made straight in the database for tests, removed afterwards. */
public class TestApiTokens {

	private final JdbcTemplate jdbc;

	private final List<String> created = new ArrayList<>();

	public TestApiTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A live token of the account, valid for a day; returns its secret. */
	public String create(Long accountId) {
		String secret = ApiTokens.PREFIX + OneTimeToken.generate();
		this.jdbc.update("insert into api_tokens (account_id, name, token_hash, expires_at) "
				+ "values (?, 'test', ?, now() + interval '1 day')", accountId, OneTimeToken.hash(secret));
		this.created.add(OneTimeToken.hash(secret));
		return secret;
	}

	/** Sends the token as the API expects it. */
	public static RequestPostProcessor bearer(String secret) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
			return request;
		};
	}

	public void removeAll() {
		this.created.forEach(hash -> this.jdbc.update("delete from api_tokens where token_hash = ?", hash));
		this.created.clear();
	}

}
