package vn.hanoi.cooperation.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
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
	 * A page of a list from one more row than it holds ({@link ApiPage#of}), last modified when its latest item
	 * was.
	 */
	static <T> ResponseEntity<ApiPage<T>> page(List<T> rows, int limit, ToLongFunction<T> id,
			Function<T, Instant> updatedAt) {
		ApiPage<T> page = ApiPage.of(rows, limit, id);
		return ok(page, page.items().stream().map(updatedAt).filter(Objects::nonNull)
			.max(Comparator.naturalOrder()).orElse(null));
	}

}
