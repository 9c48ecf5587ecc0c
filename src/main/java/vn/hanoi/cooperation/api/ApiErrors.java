package vn.hanoi.cooperation.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.hanoi.cooperation.system.NotFoundException;

/** The API's errors as small JSON bodies: a client reads why, a record it may not see is simply not found. */
@RestControllerAdvice(annotations = ReadApi.class)
class ApiErrors {

	/** What an error answer says: a stable code and a sentence for the developer reading it. */
	record ApiError(String error, String message) {
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", "No such record."));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException ex) {
		return badRequest(new BadApiRequest("Parameter '" + ex.getName() + "' has an invalid value."));
	}

	@ExceptionHandler(BadApiRequest.class)
	ResponseEntity<ApiError> badRequest(BadApiRequest ex) {
		return ResponseEntity.badRequest().body(new ApiError("bad_request", ex.getMessage()));
	}

	/** A parameter the API cannot read (a cursor, a date): 400 with the reason. */
	static class BadApiRequest extends RuntimeException {

		BadApiRequest(String message) {
			super(message);
		}

	}

}
