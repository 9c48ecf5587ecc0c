package vn.hanoi.cooperation.api;

import java.time.Instant;
import java.util.List;
import java.util.function.ToLongFunction;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/** How every API answer is sent: private to the token's owner, revalidated on every use (ETag from ApiEtags). */
final class ApiAnswers {

	private ApiAnswers() {
	}

	static <T> ResponseEntity<T> ok(T body, Instant lastModified) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate());
		if (lastModified != null) {
			answer.lastModified(lastModified);
		}
		return answer.body(body);
	}

	/**
	 * A page of a list from one more row than it holds ({@link ApiPage#of}). No Last-Modified: when a record leaves
	 * the list (no longer shared, deleted) its newest item's time stays, and If-Modified-Since would answer 304 for a
	 * list that changed. Its ETag, taken from the body, tells every change.
	 */
	static <T> ResponseEntity<ApiPage<T>> page(List<T> rows, int limit, ToLongFunction<T> id) {
		return ok(ApiPage.of(rows, limit, id), null);
	}

}
