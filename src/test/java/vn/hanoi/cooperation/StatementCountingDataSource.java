package vn.hanoi.cooperation;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The test context's DataSource, wrapped so that every statement executed through it is reported to
 * {@link SqlStatements}. Hibernate's statistics see only Hibernate; this sees JdbcClient and JdbcTemplate too.
 */
public class StatementCountingDataSource extends DelegatingDataSource {

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "executeBatch", "executeLargeBatch");

	private static final Set<String> TRANSACTION_ENDS = Set.of("commit", "rollback");

	StatementCountingDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return counting(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return counting(super.getConnection(username, password));
	}

	private static Connection counting(Connection connection) {
		return proxy(Connection.class, connection, null, (method, args, result) -> switch (method.getName()) {
			case "createStatement" -> proxy(Statement.class, (Statement) result, null, null);
			case "prepareStatement" -> proxy(PreparedStatement.class, (PreparedStatement) result, (String) args[0], null);
			case "prepareCall" -> proxy(CallableStatement.class, (CallableStatement) result, (String) args[0], null);
			default -> result;
		});
	}

	/** What a connection's proxy makes of its target's answer: statements come back counting. */
	private interface After {

		Object apply(Method method, Object[] args, Object result);

	}

	/** {@code prepared}: the SQL a prepared statement was made with; a plain statement's comes with each execution. */
	private static <T> T proxy(Class<T> type, T target, String prepared, After after) {
		InvocationHandler handler = (proxy, method, args) -> {
			// Callers that unwrap to the driver's own interfaces get the driver's object, as without the proxy.
			if (method.getName().equals("unwrap") && ((Class<?>) args[0]).isInstance(proxy)) {
				return proxy;
			}
			// Counted before the call: a statement that fails reached the database all the same.
			if (target instanceof Statement && EXECUTIONS.contains(method.getName())) {
				SqlStatements.executed((prepared == null && args != null && args.length > 0 && args[0] instanceof String sql)
						? sql : prepared);
			}
			if (target instanceof Connection && TRANSACTION_ENDS.contains(method.getName())) {
				SqlStatements.transactionEnded();
			}
			try {
				Object result = method.invoke(target, args);
				return (after != null) ? after.apply(method, args, result) : result;
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return type.cast(Proxy.newProxyInstance(StatementCountingDataSource.class.getClassLoader(),
				new Class<?>[] { type }, handler));
	}

	/** Wraps the context's DataSource; imported by {@link PortalTest}. */
	static class Installer implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof DataSource dataSource && !(bean instanceof StatementCountingDataSource)) {
				SqlStatements.installed();
				return new StatementCountingDataSource(dataSource);
			}
			return bean;
		}

	}

}
