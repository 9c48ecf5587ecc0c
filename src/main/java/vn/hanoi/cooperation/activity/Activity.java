package vn.hanoi.cooperation.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.agreement.Agreement;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.plan.Plan;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.system.RecordEntity;
import vn.hanoi.cooperation.system.VietnameseOrder;

/** A cooperation activity (hoạt động, nhiệm vụ) led by one Hanoi department under a plan year and a group. */
@Entity
@Table(name = "activities")
public class Activity extends RecordEntity implements ActivityAccess.Guarded {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "group_id")
	private CooperationGroup group;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "lead_department_id")
	private Department leadDepartment;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "activity_coordinating_departments", joinColumns = @JoinColumn(name = "activity_id"),
			inverseJoinColumns = @JoinColumn(name = "department_id"))
	private Set<Department> coordinatingDepartments = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "activity_partner_provinces", joinColumns = @JoinColumn(name = "activity_id"),
			inverseJoinColumns = @JoinColumn(name = "province_id"))
	private Set<Province> partnerProvinces = new LinkedHashSet<>();

	/** Set by an import (the spreadsheet's own code); otherwise the activity is "HD-<id>". */
	private String reference;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "agreement_id")
	private Agreement agreement;

	@Column(nullable = false)
	private String title;

	private String description;

	@Column(name = "planned_start")
	private LocalDate plannedStart;

	private LocalDate deadline;

	@Column(name = "actual_completion")
	private LocalDate actualCompletion;

	@Column(name = "result_summary")
	private String resultSummary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityStatus status = ActivityStatus.PLANNED;

	@Column(name = "budget_planned")
	private BigDecimal budgetPlanned;

	@Column(name = "budget_spent")
	private BigDecimal budgetSpent;

	@Column(name = "shared_with_provinces", nullable = false)
	private boolean sharedWithProvinces;

	@Column(name = "last_update_at", nullable = false, insertable = false, updatable = false)
	private Instant lastUpdateAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "updated_by")
	private Long updatedBy;

	protected Activity() {
	}

	Activity(Plan plan, Long createdBy) {
		this.plan = plan;
		this.createdBy = createdBy;
		this.updatedBy = createdBy;
	}

	/** Applies a validated form; completion fields stay only while the status is COMPLETED. */
	void apply(ActivityDraft draft, Long accountId) {
		this.plan = draft.plan();
		this.group = draft.group();
		this.leadDepartment = draft.leadDepartment();
		this.coordinatingDepartments = new LinkedHashSet<>(draft.coordinatingDepartments());
		this.partnerProvinces = new LinkedHashSet<>(draft.partnerProvinces());
		this.agreement = draft.agreement();
		this.title = draft.title();
		this.description = draft.description();
		this.plannedStart = draft.plannedStart();
		this.deadline = draft.deadline();
		this.status = draft.status();
		this.actualCompletion = draft.status() == ActivityStatus.COMPLETED ? draft.actualCompletion() : null;
		this.resultSummary = draft.status() == ActivityStatus.COMPLETED ? draft.resultSummary() : null;
		this.budgetPlanned = draft.budgetPlanned();
		this.budgetSpent = draft.budgetSpent();
		this.sharedWithProvinces = draft.sharedWithProvinces();
		this.updatedBy = accountId;
	}

	void complete(LocalDate completedOn, String summary, Long accountId) {
		this.status = ActivityStatus.COMPLETED;
		this.actualCompletion = completedOn;
		this.resultSummary = summary;
		this.updatedBy = accountId;
	}

	public DeadlineStatus deadlineStatus(LocalDate today) {
		return DeadlineStatus.of(this.status, this.deadline, this.actualCompletion, today);
	}

	/** Whole days past the deadline (0 when not overdue). */
	public long daysOverdue(LocalDate today) {
		return this.deadline == null || !today.isAfter(this.deadline) ? 0
				: java.time.temporal.ChronoUnit.DAYS.between(this.deadline, today);
	}

	public Plan getPlan() {
		return this.plan;
	}

	public CooperationGroup getGroup() {
		return this.group;
	}

	@Override
	public Long leadDepartmentId() {
		return this.leadDepartment.getId();
	}

	@Override
	public boolean hasPartnerAmong(Collection<Long> provinceIds) {
		return this.partnerProvinces.stream().anyMatch(p -> provinceIds.contains(p.getId()));
	}

	public Department getLeadDepartment() {
		return this.leadDepartment;
	}

	public List<Department> getCoordinatingDepartments() {
		return this.coordinatingDepartments.stream().sorted(VietnameseOrder.by(Department::getNameVi)).toList();
	}

	public List<Province> getPartnerProvinces() {
		return this.partnerProvinces.stream().sorted(VietnameseOrder.by(Province::getNameVi)).toList();
	}

	public String getReference() {
		return this.reference != null ? this.reference : "HD-" + getId();
	}

	void assignReference(String reference) {
		this.reference = reference;
	}

	/** The agreement this activity carries out, if any. */
	public Agreement getAgreement() {
		return this.agreement;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getPlannedStart() {
		return this.plannedStart;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public LocalDate getActualCompletion() {
		return this.actualCompletion;
	}

	public String getResultSummary() {
		return this.resultSummary;
	}

	public ActivityStatus getStatus() {
		return this.status;
	}

	public BigDecimal getBudgetPlanned() {
		return this.budgetPlanned;
	}

	public BigDecimal getBudgetSpent() {
		return this.budgetSpent;
	}

	@Override
	public boolean isSharedWithProvinces() {
		return this.sharedWithProvinces;
	}

	public Instant getLastUpdateAt() {
		return this.lastUpdateAt;
	}

}
