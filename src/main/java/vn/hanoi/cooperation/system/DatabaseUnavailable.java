package vn.hanoi.cooperation.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The database does not answer (stopped, restarting, network cut): a 503 page in the user's language instead of a
 * stack trace, within the pool's connection timeout (5 s). Nothing to reset afterwards: the pool replaces dead
 * connections by itself, so the next request after the database returns succeeds.
 *
 * <p>
 * A resolver rather than {@code @ExceptionHandler}: the failure arrives wrapped in many ways (a failed rollback on
 * the dead connection even replaces the original exception), so the whole cause chain is read.
 */
@Component
class DatabaseUnavailable implements HandlerExceptionResolver, Ordered {

	static final String VIEW = "error/503";

	// Clients and proxies may retry after this many seconds; a database restart takes a few.
	private static final String RETRY_AFTER_SECONDS = "30";

	/** PostgreSQL's query_canceled: only the statement and transaction timeouts cancel the portal's statements. */
	private static final String QUERY_CANCELED = "57014";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private final LayoutAttributes layout;

	DatabaseUnavailable(LayoutAttributes layout) {
		this.layout = layout;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isConnectionFailure(ex)) {
			return null;
		}
		logger.warn("Database unavailable for {}: {}", LoggedPaths.of(request), rootMessage(ex));
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		ModelAndView page = new ModelAndView(VIEW);
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		// Exception pages skip the @ModelAttribute methods: give the layout what it needs, without the database.
		page.addObject("demoMode", this.layout.demoMode());
		String path = this.layout.requestPath(request);
		page.addObject("requestPath", path);
		// "Try again" repeats a page view; a form post cannot be repeated by a link.
		page.addObject("retryPath", "GET".equals(request.getMethod()) ? path : null);
		return page;
	}

	/**
	 * Whether the database could not be reached, rather than refusing a statement: a resource failure anywhere in
	 * the cause chain, a SQL state of class 08 (connection exception) or 57P (server shutting down), or the pool's
	 * "Connection is closed" (which carries no SQL state); or it did not answer in time (a statement cancelled by
	 * its timeout, SQL state 57014, or the transaction's deadline passed): to the user the database is unavailable.
	 */
	static boolean isConnectionFailure(Throwable ex) {
		return isConnectionFailure(ex, 0);
	}

	private static boolean isConnectionFailure(Throwable ex, int depth) {
		if (ex == null || depth > 20) {
			return false;
		}
		if (ex instanceof CannotCreateTransactionException || ex instanceof DataAccessResourceFailureException
				|| ex instanceof JDBCConnectionException || ex instanceof SQLTransientConnectionException
				|| ex instanceof ConnectException || isTimeout(ex)) {
			return true;
		}
		if (ex instanceof SQLException sql && (sql.getSQLState() != null
				? sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
						|| QUERY_CANCELED.equals(sql.getSQLState())
				: "Connection is closed".equals(sql.getMessage()))) {
			return true;
		}
		if (ex instanceof TransactionSystemException transaction
				&& isConnectionFailure(transaction.getApplicationException(), depth + 1)) {
			return true;
		}
		for (Throwable suppressed : ex.getSuppressed()) {
			if (isConnectionFailure(suppressed, depth + 1)) {
				return true;
			}
		}
		return ex.getCause() != ex && isConnectionFailure(ex.getCause(), depth + 1);
	}

	/** The database did not answer within the transaction or statement timeout (application.properties). */
	private static boolean isTimeout(Throwable ex) {
		return ex instanceof TransactionTimedOutException || ex instanceof QueryTimeoutException
				|| ex instanceof jakarta.persistence.QueryTimeoutException
				|| ex instanceof org.hibernate.QueryTimeoutException || ex instanceof SQLTimeoutException;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
