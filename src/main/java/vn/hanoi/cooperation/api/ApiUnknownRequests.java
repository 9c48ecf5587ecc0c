package vn.hanoi.cooperation.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

	@ExceptionHandler(NoHandlerFoundException.class)
	ResponseEntity<ApiErrors.ApiError> noSuchAddress(NoHandlerFoundException ex, HttpServletRequest request)
			throws NoHandlerFoundException {
		if (!isApi(request)) {
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ApiErrors.ApiError("not_found", "No such address in the API: see /api/docs."));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiErrors.ApiError> noSuchMethod(HttpRequestMethodNotSupportedException ex,
			HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		if (!isApi(request)) {
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.allow(ex.getSupportedHttpMethods() == null ? new HttpMethod[0]
					: ex.getSupportedHttpMethods().toArray(HttpMethod[]::new))
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ApiErrors.ApiError("method_not_allowed",
					"This address does not take " + ex.getMethod() + " requests."));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + API);
	}

}
