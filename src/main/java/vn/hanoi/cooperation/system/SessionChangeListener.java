package vn.hanoi.cooperation.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on PostgreSQL's channel {@code portal_session_changed} (V85's triggers announce there every change to a
 * kept session, whoever makes it) on a connection of its own, and tells {@link KeptSessions} which session to
 * forget. While it is not listening (starting, or its connection lost) it says so, and the sessions are read from
 * the database on every request as before: an instance that might miss a change keeps nothing.
 */
class SessionChangeListener {

	static final String CHANNEL = "portal_session_changed";

	private static final Logger logger = LoggerFactory.getLogger(SessionChangeListener.class);

	/** How long one wait for notices lasts; between two, a connection that went quiet is checked. */
	private static final int WAIT_MILLIS = 5_000;

	private static final Duration RETRY = Duration.ofSeconds(5);

	/**
	 * A connection that has not shown itself alive for this long (a notice, or the check after a quiet wait) may be
	 * dead without having closed (a failover, a dropped route): keep nothing until it answers or fails.
	 */
	private static final long ALIVE_WITHIN_NANOS = Duration.ofMillis(2 * WAIT_MILLIS).toNanos();

	/** V86: a TRUNCATE of the session tables names no session. */
	static final String EVERY_SESSION = "*";

	private final DataSource dataSource;

	private final Consumer<String> changed;

	private final Runnable lost;

	/** Changes heard so far: a reader compares it before and after its read to know whether it may keep it. */
	private final AtomicLong heard = new AtomicLong();

	private volatile boolean listening;

	/** When the connection last showed itself alive ({@link System#nanoTime()}). */
	private volatile long aliveAt;

	/** Whether the current loss of the connection has been logged (the listener's thread only). */
	private boolean lossTold;

	private volatile boolean running;

	private volatile Thread thread;

	private volatile Connection connection;

	SessionChangeListener(DataSource dataSource, Consumer<String> changed, Runnable lost) {
		this.dataSource = dataSource;
		this.changed = changed;
		this.lost = lost;
	}

	boolean isListening() {
		return this.listening && System.nanoTime() - this.aliveAt < ALIVE_WITHIN_NANOS;
	}

	long heard() {
		return this.heard.get();
	}

	void start() {
		this.running = true;
		Thread listener = new Thread(this::listenUntilStopped, "session-change-listener");
		listener.setDaemon(true);
		this.thread = listener;
		listener.start();
	}

	void stop() {
		this.running = false;
		Thread listener = this.thread;
		if (listener != null) {
			listener.interrupt();
		}
		Connection listening = this.connection;
		if (listening != null) {
			try {
				listening.close();
			}
			catch (SQLException ex) {
				// Closing is all that was wanted.
			}
		}
	}

	boolean isRunning() {
		return this.running;
	}

	/**
	 * Loses its connection whenever the database goes away, at shutdown too (the embedded server stops on its own
	 * hook): told once at INFO, since the pages that need the database say the rest.
	 */
	private void listenUntilStopped() {
		while (this.running) {
			try (Connection opened = openOwnConnection()) {
				this.connection = opened;
				listen(opened);
			}
			catch (SQLException | RuntimeException ex) {
				forgetAll();
				if (!this.running) {
					return;
				}
				if (!this.lossTold) {
					logger.info("Not listening for session changes ({}); sessions are read from the database on "
							+ "every request until the connection is back", ex.getMessage());
					this.lossTold = true;
				}
				try {
					Thread.sleep(RETRY.toMillis());
				}
				catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	/** Outside the pool, which would otherwise lend one of its connections for ever. */
	private Connection openOwnConnection() throws SQLException {
		if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
			Properties properties = new Properties();
			properties.putAll(pool.getDataSourceProperties());
			if (pool.getUsername() != null) {
				properties.setProperty("user", pool.getUsername());
			}
			if (pool.getPassword() != null) {
				properties.setProperty("password", pool.getPassword());
			}
			return DriverManager.getConnection(pool.getJdbcUrl(), properties);
		}
		return this.dataSource.getConnection();
	}

	private void listen(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + CHANNEL);
		}
		// Whatever changed before LISTEN went unheard: start from nothing kept.
		forgetAll();
		this.aliveAt = System.nanoTime();
		this.listening = true;
		if (this.lossTold) {
			logger.info("Listening for session changes again");
			this.lossTold = false;
		}
		PGConnection postgres = connection.unwrap(PGConnection.class);
		try {
			while (this.running) {
				PGNotification[] notices = postgres.getNotifications(WAIT_MILLIS);
				if (notices == null || notices.length == 0) {
					stillThere(connection);
					this.aliveAt = System.nanoTime();
					continue;
				}
				this.aliveAt = System.nanoTime();
				for (PGNotification notice : notices) {
					this.heard.incrementAndGet();
					String session = notice.getParameter().strip();
					if (EVERY_SESSION.equals(session)) {
						this.lost.run();
					}
					else {
						this.changed.accept(session);
					}
				}
			}
		}
		finally {
			forgetAll();
		}
	}

	/** A connection that died without a word only shows it on use. */
	private static void stillThere(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("select 1");
		}
	}

	private void forgetAll() {
		this.listening = false;
		this.heard.incrementAndGet();
		this.lost.run();
	}

}
