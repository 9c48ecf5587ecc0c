package vn.hanoi.cooperation.system;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time form tokens in PostgreSQL, so that every portal instance sees the same claims. Each statement
 * commits on its own: a claim must be visible to a second submission before the first one has finished.
 */
@Repository
public class FormTokens {

	/** The form field that carries the token (fragments/formToken). */
	public static final String PARAMETER = "_formToken";

	/**
	 * The form field that names, comma-separated, the fields that make a form's content (fragments/formToken ::
	 * formTokenOncePerContent): Back shows such a form again with what was typed but under a new token, so its token
	 * alone cannot tell a second sending of the same note from a new one.
	 */
	public static final String ONCE_PER_CONTENT = "_formOnce";

	/** A claimed token and, once its submission has finished, where it sent the user. */
	record Submission(String outcome) {
	}

	private final JdbcClient jdbc;

	FormTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A fresh token for a form about to be shown (rendered by fragments/formToken). */
	public String next() {
		return UUID.randomUUID().toString();
	}

	/** True for the first submission of the token by this user; a form older than a day is like a new one. */
	boolean claim(UUID token, String username) {
		this.jdbc.sql("delete from form_submissions where created_at < now() - interval '1 day'").update();
		return this.jdbc.sql("""
				insert into form_submissions (token, username) values (:token, :username)
				on conflict (username, token) do nothing""").params(submission(token, username)).update() == 1;
	}

	/** Forgets the user's claim of the token made before {@code age} ago, as if it had never been made. */
	void forgetOlderThan(UUID token, String username, java.time.Duration age) {
		this.jdbc.sql("""
				delete from form_submissions
				where token = :token and username = :username and created_at < now() - :age * interval '1 second'""")
			.params(submission(token, username))
			.param("age", age.toSeconds())
			.update();
	}

	Optional<Submission> find(UUID token, String username) {
		return this.jdbc.sql("select outcome from form_submissions where token = :token and username = :username")
			.params(submission(token, username))
			.query((rs, n) -> new Submission(rs.getString("outcome")))
			.optional();
	}

	void finish(UUID token, String username, String outcome) {
		this.jdbc.sql("""
				update form_submissions set outcome = :outcome, updated_at = now()
				where token = :token and username = :username""")
			.params(submission(token, username))
			.param("outcome", outcome)
			.update();
	}

	/** The submission wrote nothing (its form came back with errors, or it failed): the token may be used again. */
	void release(UUID token, String username) {
		this.jdbc.sql("delete from form_submissions where token = :token and username = :username and outcome is null")
			.params(submission(token, username))
			.update();
	}

	/** A submission is the user's own use of the token: every statement names it by both. */
	private static Map<String, Object> submission(UUID token, String username) {
		return Map.of("token", token, "username", username);
	}

}
