package vn.hanoi.cooperation.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The database does not answer (stopped, restarting, network cut): a 503 page in the user's language instead of a
 * stack trace, within the pool's connection timeout (5 s). Nothing to reset afterwards: the pool replaces dead
 * connections by itself, so the next request after the database returns succeeds.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable {

	static final String VIEW = "error/503";

	// Clients and proxies may retry after this many seconds; a database restart takes a few.
	private static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private final LayoutAttributes layout;

	DatabaseUnavailable(LayoutAttributes layout) {
		this.layout = layout;
	}

	/**
	 * Spring matches these on the exception and on its causes, so wrapped failures arrive here too; a plain
	 * {@link SQLException} only when its SQL state says the connection is gone.
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			JDBCConnectionException.class, SQLTransientConnectionException.class, ConnectException.class,
			SQLException.class })
	ModelAndView databaseUnavailable(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!isConnectionFailure(ex)) {
			// A statement the database refused is a bug, not an outage: the ordinary error page.
			throw ex;
		}
		logger.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
				rootMessage(ex));
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		ModelAndView page = new ModelAndView(VIEW);
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		// Exception handlers skip the @ModelAttribute methods: give the layout what it needs, without the database.
		page.addObject("demoMode", this.layout.demoMode());
		String path = this.layout.requestPath(request);
		page.addObject("requestPath", path);
		// "Try again" repeats a page view; a form post cannot be repeated by a link.
		page.addObject("retryPath", "GET".equals(request.getMethod()) ? path : null);
		return page;
	}

	/**
	 * Whether the database could not be reached, rather than refusing a statement: a resource failure, or a SQL
	 * state of class 08 (connection exception) or 57P (the server shutting down or restarting).
	 */
	static boolean isConnectionFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
