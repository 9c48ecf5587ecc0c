package vn.hanoi.cooperation.api;

import java.time.Instant;

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

}
