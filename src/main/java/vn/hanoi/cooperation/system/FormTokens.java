package vn.hanoi.cooperation.system;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One-time form tokens in PostgreSQL, so that every portal instance sees the same claims. Each statement
 * commits on its own: a claim must be visible to a second submission before the first one has finished.
 */
@Repository
public class FormTokens {

	/** A claimed token and, once its submission has finished, where it sent the user. */
	record Submission(String outcome) {
	}

	private final JdbcTemplate jdbc;

	FormTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A fresh token for a form about to be shown (rendered by fragments/formToken). */
	public String next() {
		return UUID.randomUUID().toString();
	}

	/** True for the first submission of the token by this user; a form older than a day is like a new one. */
	boolean claim(UUID token, String username) {
		this.jdbc.update("delete from form_submissions where created_at < now() - interval '1 day'");
		return this.jdbc.update("""
				insert into form_submissions (token, username) values (?, ?)
				on conflict (username, token) do nothing""", token, username) == 1;
	}

	Optional<Submission> find(UUID token, String username) {
		return this.jdbc
			.query("select outcome from form_submissions where token = ? and username = ?",
					(rs, n) -> new Submission(rs.getString("outcome")), token, username)
			.stream()
			.findFirst();
	}

	void finish(UUID token, String username, String outcome) {
		this.jdbc.update("update form_submissions set outcome = ?, updated_at = now() where token = ? and username = ?",
				outcome, token, username);
	}

	/** The submission wrote nothing (its form came back with errors, or it failed): the token may be used again. */
	void release(UUID token, String username) {
		this.jdbc.update("delete from form_submissions where token = ? and username = ? and outcome is null", token,
				username);
	}

}
