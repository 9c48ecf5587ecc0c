package vn.hanoi.cooperation.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.hanoi.cooperation.system.NotFoundException;

/** The API's errors as small JSON bodies: a client reads why, a record it may not see is simply not found. */
@RestControllerAdvice(annotations = ReadApi.class)
class ApiErrors {

	private final ApiMessages messages;

	ApiErrors(MessageSource messages) {
		this.messages = new ApiMessages(messages);
	}

	/** What an error answer says: a stable code and a sentence for the developer reading it. */
	record ApiError(String error, String message) {

		/** The body as JSON, for the filters that answer before Spring MVC (the sentences hold no control characters). */
		byte[] json() {
			return ("{\"error\":\"" + escaped(this.error) + "\",\"message\":\"" + escaped(this.message) + "\"}")
				.getBytes(StandardCharsets.UTF_8);
		}

		/** Writes this error as the answer, with {@code status}. */
		void write(HttpServletResponse response, HttpStatus status) throws IOException {
			response.setStatus(status.value());
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream().write(json());
		}

		private static String escaped(String text) {
			return text.replace("\\", "\\\\").replace("\"", "\\\"");
		}

	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(HttpServletRequest request) {
		return answer(HttpStatus.NOT_FOUND, this.messages.error(request, "not_found", "api.error.noSuchRecord"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return badRequest(new BadApiRequest("api.error.invalidParameter", ex.getName()), request);
	}

	@ExceptionHandler(BadApiRequest.class)
	ResponseEntity<ApiError> badRequest(BadApiRequest ex, HttpServletRequest request) {
		return answer(HttpStatus.BAD_REQUEST,
				this.messages.error(request, "bad_request", ex.getMessage(), ex.arguments()));
	}

	/** An error answer, whose sentence depends on the client's Accept-Language. */
	static ResponseEntity<ApiError> answer(HttpStatus status, ApiError error) {
		return ResponseEntity.status(status).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).body(error);
	}

	/** A parameter the API cannot read (a cursor, a date): 400 with the reason, a code of messages*.properties. */
	static class BadApiRequest extends RuntimeException {

		private final transient Object[] arguments;

		BadApiRequest(String code, Object... arguments) {
			super(code);
			this.arguments = arguments;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

}
