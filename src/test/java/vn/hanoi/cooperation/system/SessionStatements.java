package vn.hanoi.cooperation.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements on Spring Session's tables that requests run (on Tomcat's request threads, so that the
 * store's own clean-up job is not counted): installed into a portal started by a test, it wraps its DataSource.
 */
final class SessionStatements implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private final AtomicInteger count = new AtomicInteger();

	int count() {
		return this.count.get();
	}

	void reset() {
		this.count.set(0);
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource && name.equals("dataSource") ? new Counting(dataSource)
						: bean;
			}
		});
	}

	private final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
								&& sql.toLowerCase(Locale.ROOT).contains("spring_session")
								&& Thread.currentThread().getName().contains("-exec-")) {
							SessionStatements.this.count.incrementAndGet();
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
		}

	}

}
