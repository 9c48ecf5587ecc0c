package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.system.RecordEntity;

/**
 * A yearly result (kết quả năm): target and actual of one indicator for one department (none for city-level
 * figures) and optionally one partner province. The state changes are guarded here; who may ask for them is
 * {@link ResultAccess}'s business.
 */
@Entity
@Table(name = "yearly_results")
public class YearlyResult extends RecordEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	@Column(nullable = false)
	private int year;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "department_id")
	private Department department;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "province_id")
	private Province province;

	private BigDecimal target;

	private BigDecimal actual;

	@Column(name = "actual_is_lower_bound", nullable = false)
	private boolean actualLowerBound;

	private String narrative;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ResultStatus status = ResultStatus.DRAFT;

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "submitted_by")
	private Long submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "approved_by")
	private Long approvedBy;

	@Column(name = "approved_by_name")
	private String approvedByName;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "updated_by")
	private Long updatedBy;

	protected YearlyResult() {
	}

	YearlyResult(int year, Long createdBy) {
		this.year = year;
		this.createdBy = createdBy;
	}

	void apply(ResultDraft draft, Long accountId) {
		requireEditable();
		this.indicator = draft.indicator();
		this.department = draft.department();
		this.province = draft.province();
		this.target = draft.target();
		this.actual = draft.actual();
		this.actualLowerBound = draft.actual() != null && draft.actualLowerBound();
		this.narrative = draft.narrative();
		this.updatedBy = accountId;
	}

	void submit(Long accountId) {
		requireEditable();
		this.status = ResultStatus.SUBMITTED;
		this.returnReason = null;
		this.submittedBy = accountId;
		this.submittedAt = Instant.now();
		this.updatedBy = accountId;
	}

	void approve(Long accountId, String accountName) {
		requireSubmitted();
		this.status = ResultStatus.APPROVED;
		this.approvedBy = accountId;
		this.approvedByName = accountName;
		this.approvedAt = Instant.now();
		this.updatedBy = accountId;
	}

	/**
	 * An approved figure its province disputed goes back to its department to be corrected: it is no longer
	 * approved, and is submitted and approved again like a returned one.
	 */
	void reopen(String reason, Long accountId) {
		if (this.status != ResultStatus.APPROVED) {
			throw new IllegalStateException("Result " + getId() + " is " + this.status);
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A reopened result needs a reason");
		}
		this.status = ResultStatus.RETURNED;
		this.returnReason = reason;
		this.approvedBy = null;
		this.approvedByName = null;
		this.approvedAt = null;
		this.updatedBy = accountId;
	}

	void returnWithReason(String reason, Long accountId) {
		requireSubmitted();
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A returned result needs a reason");
		}
		this.status = ResultStatus.RETURNED;
		this.returnReason = reason;
		this.updatedBy = accountId;
	}

	private void requireEditable() {
		if (!this.status.editable()) {
			throw new IllegalStateException("Result " + getId() + " is " + this.status);
		}
	}

	private void requireSubmitted() {
		if (this.status != ResultStatus.SUBMITTED) {
			throw new IllegalStateException("Result " + getId() + " is " + this.status);
		}
	}

	public Indicator getIndicator() {
		return this.indicator;
	}

	public int getYear() {
		return this.year;
	}

	public Department getDepartment() {
		return this.department;
	}

	public Province getProvince() {
		return this.province;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public BigDecimal getActual() {
		return this.actual;
	}

	public boolean isActualLowerBound() {
		return this.actualLowerBound;
	}

	public String getNarrative() {
		return this.narrative;
	}

	public ResultStatus getStatus() {
		return this.status;
	}

	public String getReturnReason() {
		return this.returnReason;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getApprovedByName() {
		return this.approvedByName;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

}
