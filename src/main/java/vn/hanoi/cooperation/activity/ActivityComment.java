package vn.hanoi.cooperation.activity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.province.Province;

/**
 * A message in the conversation between Hanoi and one partner province about an activity. Only Hanoi's users and
 * that province (with the unit it merged into) read it. Comments are added, never edited.
 */
@Entity
@Table(name = "activity_comments")
public class ActivityComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private Long activityId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "province_id", updatable = false)
	private Province province;

	@Column(name = "author_id", updatable = false)
	private Long authorId;

	@Column(name = "author_name", nullable = false, updatable = false)
	private String authorName;

	@Column(name = "from_province", nullable = false, updatable = false)
	private boolean fromProvince;

	@Column(nullable = false, updatable = false)
	private String body;

	@Column(name = "commented_at", nullable = false, updatable = false)
	private Instant commentedAt = Instant.now();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = this.commentedAt;

	@Column(name = "updated_at", nullable = false, updatable = false)
	private Instant updatedAt = this.commentedAt;

	protected ActivityComment() {
	}

	ActivityComment(Long activityId, Province province, Long authorId, String authorName, boolean fromProvince,
			String body) {
		this.activityId = activityId;
		this.province = province;
		this.authorId = authorId;
		this.authorName = authorName;
		this.fromProvince = fromProvince;
		this.body = body;
	}

	public Long getId() {
		return this.id;
	}

	public Province getProvince() {
		return this.province;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public boolean isFromProvince() {
		return this.fromProvince;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCommentedAt() {
		return this.commentedAt;
	}

}
