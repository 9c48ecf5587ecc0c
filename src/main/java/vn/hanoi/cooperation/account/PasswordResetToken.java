package vn.hanoi.cooperation.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.system.RecordEntity;

/** A one-time link to set a password: only the token's SHA-256 is stored; it works once, within 24 hours. */
@Entity
@Table(name = "password_reset_tokens")
class PasswordResetToken extends RecordEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id", nullable = false, updatable = false)
	private Account account;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected PasswordResetToken() {
	}

	PasswordResetToken(Account account, String tokenHash, String createdBy, Instant expiresAt) {
		this.account = account;
		this.tokenHash = tokenHash;
		this.createdBy = createdBy;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt) && this.account.isEnabled();
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	Account getAccount() {
		return this.account;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
