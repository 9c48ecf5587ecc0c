package vn.hanoi.cooperation.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.SmartLifecycle;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The sessions in PostgreSQL, with the ones this instance has read kept in memory: a page of a kept session reads
 * nothing from the store and, unless the session changed, writes nothing either. PostgreSQL announces every change
 * to a session ({@link SessionChangeListener}, V85), and the instance forgets that session at once, so that a login,
 * a flash message or a logout on another instance is seen on the next request here, as before. While the listener
 * is not listening nothing is kept. A change goes through Spring Session's own JDBC repository, applied to the
 * session as the store holds it (read again unless this request has just read it), so only reads are spared and
 * nothing another instance wrote is overwritten. Expiry and the once-a-minute last access are decided on the same
 * stored values as before.
 */
class KeptSessions implements SessionRepository<KeptSessions.RequestSession>, SmartLifecycle {

	private final SessionRepository<Session> store;

	private final Cache<String, KeptSession> kept = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	private final SessionChangeListener changes;

	KeptSessions(SessionRepository<Session> store, DataSource dataSource) {
		this.store = store;
		this.changes = new SessionChangeListener(dataSource, this.kept::invalidate, this.kept::invalidateAll);
	}

	/** Whether pages read their sessions from memory now (they do once the listener listens). */
	boolean isKeeping() {
		return this.changes.isListening();
	}

	@Override
	public void start() {
		this.changes.start();
	}

	@Override
	public void stop() {
		this.changes.stop();
	}

	@Override
	public boolean isRunning() {
		return this.changes.isRunning();
	}

	@Override
	public RequestSession createSession() {
		return new RequestSession(this.store.createSession());
	}

	@Override
	public void save(RequestSession session) {
		Session changed = session.toStore();
		if (changed != null) {
			this.store.save(changed);
		}
		if (changed != null || session.isGone()) {
			// Saved, or gone from the store meanwhile: the kept copy is out of date either way.
			session.forget(this.kept);
		}
	}

	@Override
	public RequestSession findById(String id) {
		if (this.changes.isListening()) {
			KeptSession session = this.kept.getIfPresent(id);
			if (session != null && !session.isExpiredAt(Instant.now())) {
				return new RequestSession(session, this.store, null);
			}
		}
		long heardBefore = this.changes.heard();
		Session stored = this.store.findById(id);
		if (stored == null) {
			this.kept.invalidate(id);
			return null;
		}
		KeptSession session = KeptSession.of(stored);
		// Kept under the id the store knows only: PostgreSQL finds "id" for "id  " too (char(36) ignores trailing
		// spaces), and a copy kept under such an alias would be out of reach of the notices, which name the id.
		if (this.changes.isListening() && stored.getId().equals(id)) {
			this.kept.put(id, session);
			// A change heard during the read may be one that the read missed.
			if (this.changes.heard() != heardBefore || !this.changes.isListening()) {
				this.kept.invalidate(id);
			}
		}
		return new RequestSession(session, this.store, stored);
	}

	@Override
	public void deleteById(String id) {
		this.store.deleteById(id);
		this.kept.invalidate(id);
	}

	/** What the store held when it was read: shared by the requests of one session, never changed. */
	record KeptSession(String id, Instant creationTime, Instant lastAccessedTime, Duration maxInactiveInterval,
			Map<String, Object> attributes) {

		static KeptSession of(Session stored) {
			Map<String, Object> attributes = new HashMap<>();
			for (String name : stored.getAttributeNames()) {
				Object value = stored.getAttribute(name);
				// Null when written by another version of the portal (SessionAttributesOfAnotherVersion): absent.
				if (value != null) {
					attributes.put(name, value);
				}
			}
			return new KeptSession(stored.getId(), stored.getCreationTime(), stored.getLastAccessedTime(),
					stored.getMaxInactiveInterval(), Map.copyOf(attributes));
		}

		boolean isExpiredAt(Instant now) {
			return expired(this.maxInactiveInterval, this.lastAccessedTime, now);
		}

		/** Spring Session's rule: idle longer than the interval, unless the interval is negative (never). */
		static boolean expired(Duration maxInactiveInterval, Instant lastAccessedTime, Instant now) {
			return !maxInactiveInterval.isNegative() && now.minus(maxInactiveInterval).isAfter(lastAccessedTime);
		}

	}

	/**
	 * One request's view of its session: reads come from the kept copy, and the first change reads the store's
	 * session, which then takes every call until it is saved.
	 */
	static final class RequestSession implements Session {

		private final KeptSession kept;

		private final SessionRepository<Session> store;

		/** The store's session when this request read it: a change needs no second read. */
		private Session read;

		private Instant lastAccessedTime;

		private Session changing;

		/**
		 * How each of the JDK's plain collections is copied, keeping its class (Spring's flash messages are a
		 * {@code CopyOnWriteArrayList}); anything else is shared, as the container's own sessions share it.
		 */
		private static final Map<Class<?>, UnaryOperator<Object>> COPIES = Map.of(
				CopyOnWriteArrayList.class, value -> new CopyOnWriteArrayList<>((List<?>) value),
				ArrayList.class, value -> new ArrayList<>((List<?>) value),
				HashMap.class, value -> new HashMap<>((Map<?, ?>) value),
				LinkedHashMap.class, value -> new LinkedHashMap<>((Map<?, ?>) value),
				HashSet.class, value -> new HashSet<>((Set<?>) value),
				LinkedHashSet.class, value -> new LinkedHashSet<>((Set<?>) value));

		/** Gone from the store when this request wanted to change it: the change has nowhere to go. */
		private boolean gone;

		/**
		 * This request's own copies of the kept collections it read (the flash messages' list, for one): a request
		 * that changes one in place before setting it must not change it under another request of the same
		 * session, as each request reading its session from the store has objects of its own.
		 */
		private final Map<String, Object> ownCopies = new HashMap<>();

		RequestSession(KeptSession kept, SessionRepository<Session> store, Session read) {
			this.kept = kept;
			this.store = store;
			this.read = read;
			this.lastAccessedTime = kept.lastAccessedTime();
		}

		RequestSession(Session created) {
			this.kept = null;
			this.store = null;
			this.changing = created;
			this.lastAccessedTime = created.getLastAccessedTime();
		}

		/** The store's session to save, or null when nothing needs writing. */
		Session toStore() {
			if (this.changing == null && lastAccessMovedAStep()) {
				changing();
			}
			return this.gone ? null : this.changing;
		}

		boolean isGone() {
			return this.gone;
		}

		/** The store writes the last access only when it moved a step (SessionStoreConfiguration): so does this. */
		private boolean lastAccessMovedAStep() {
			return Duration.between(this.kept.lastAccessedTime(), this.lastAccessedTime)
				.toMillis() >= SessionStoreConfiguration.LAST_ACCESS_STEP_MILLIS;
		}

		void forget(Cache<String, KeptSession> cache) {
			if (this.kept != null) {
				cache.invalidate(this.kept.id());
			}
			cache.invalidate(this.changing.getId());
		}

		private Session changing() {
			if (this.changing == null) {
				Session stored = (this.read != null) ? this.read : this.store.findById(this.kept.id());
				this.read = null;
				if (stored == null) {
					this.gone = true;
					stored = new MapSession(this.kept.id());
				}
				stored.setLastAccessedTime(this.lastAccessedTime);
				this.changing = stored;
			}
			return this.changing;
		}

		@Override
		public String getId() {
			return this.changing != null ? this.changing.getId() : this.kept.id();
		}

		@Override
		public String changeSessionId() {
			return changing().changeSessionId();
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getAttribute(String name) {
			if (this.changing != null) {
				return this.changing.getAttribute(name);
			}
			Object value = this.kept.attributes().get(name);
			UnaryOperator<Object> copy = (value != null) ? COPIES.get(value.getClass()) : null;
			return (T) ((copy != null) ? this.ownCopies.computeIfAbsent(name, any -> copy.apply(value)) : value);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.changing != null ? this.changing.getAttributeNames() : this.kept.attributes().keySet();
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null) {
				removeAttribute(name);
				return;
			}
			changing().setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			if (this.changing == null && !this.kept.attributes().containsKey(name)) {
				return;
			}
			changing().removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return this.changing != null ? this.changing.getCreationTime() : this.kept.creationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.lastAccessedTime = lastAccessedTime;
			if (this.changing != null) {
				this.changing.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.lastAccessedTime;
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (this.changing == null && interval.equals(this.kept.maxInactiveInterval())) {
				return;
			}
			changing().setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.changing != null ? this.changing.getMaxInactiveInterval() : this.kept.maxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return KeptSession.expired(getMaxInactiveInterval(), this.lastAccessedTime, Instant.now());
		}

	}

}
