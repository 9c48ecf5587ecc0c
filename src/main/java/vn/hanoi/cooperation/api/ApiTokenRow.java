package vn.hanoi.cooperation.api;

import java.time.Instant;

/** One of a person's tokens as their account page lists it (never the secret, which is not kept). */
record ApiTokenRow(Long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
		boolean expired, boolean ended) {

	boolean live() {
		return this.revokedAt == null && !this.expired && !this.ended;
	}

	/** For the template: Thymeleaf reads the record's accessor, not a package-private method. */
	public boolean isLive() {
		return live();
	}

}
