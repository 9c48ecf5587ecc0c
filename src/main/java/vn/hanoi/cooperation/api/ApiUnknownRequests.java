package vn.hanoi.cooperation.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;

/**
 * An address or a method the API does not have answers with the API's own error body, whatever the client accepts,
 * as its other errors do. These requests reach no controller, so {@link ApiErrors} never sees them; anywhere else in
 * the portal the exception goes on to the portal's own error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiUnknownRequests {

	private static final String API = "/api/";

	private final ApiMessages messages;

	ApiUnknownRequests(MessageSource messages) {
		this.messages = new ApiMessages(messages);
	}

	@ExceptionHandler(NoHandlerFoundException.class)
	ResponseEntity<ApiErrors.ApiError> noSuchAddress(NoHandlerFoundException ex, HttpServletRequest request)
			throws NoHandlerFoundException {
		if (!isApi(request)) {
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.messages.error(request, "not_found", "api.error.noSuchAddress"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiErrors.ApiError> noSuchMethod(HttpRequestMethodNotSupportedException ex,
			HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		if (!isApi(request)) {
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.allow(ex.getSupportedHttpMethods() == null ? new HttpMethod[0]
					: ex.getSupportedHttpMethods().toArray(HttpMethod[]::new))
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.messages.error(request, "method_not_allowed", "api.error.methodNotAllowed", ex.getMethod()));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + API);
	}

}
