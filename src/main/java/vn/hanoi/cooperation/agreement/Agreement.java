package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
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
import jakarta.persistence.Table;

import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.system.RecordEntity;
import vn.hanoi.cooperation.system.VietnameseOrder;

/**
 * A cooperation agreement, programme or set of minutes that Hanoi signed with one or more provinces. Its status
 * is derived from its dates ({@link AgreementStatus}); a termination is recorded with its date and reason.
 */
@Entity
@Table(name = "agreements")
public class Agreement extends RecordEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementKind kind;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(nullable = false)
	private String title;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "agreement_provinces", joinColumns = @JoinColumn(name = "agreement_id"),
			inverseJoinColumns = @JoinColumn(name = "province_id"))
	private Set<Province> provinces = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "agreement_groups", joinColumns = @JoinColumn(name = "agreement_id"),
			inverseJoinColumns = @JoinColumn(name = "group_id"))
	private Set<CooperationGroup> groups = new LinkedHashSet<>();

	@Column(name = "signed_on")
	private LocalDate signedOn;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "hanoi_signatory_name")
	private String hanoiSignatoryName;

	@Column(name = "hanoi_signatory_title")
	private String hanoiSignatoryTitle;

	@Column(name = "province_signatory_name")
	private String provinceSignatoryName;

	@Column(name = "province_signatory_title")
	private String provinceSignatoryTitle;

	private String summary;

	@Column(name = "shared_with_provinces", nullable = false)
	private boolean sharedWithProvinces;

	@Column(name = "terminated_on")
	private LocalDate terminatedOn;

	@Column(name = "termination_reason")
	private String terminationReason;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "updated_by")
	private Long updatedBy;

	protected Agreement() {
	}

	Agreement(Long createdBy) {
		this.createdBy = createdBy;
		this.updatedBy = createdBy;
	}

	void apply(AgreementDraft draft, Long accountId) {
		this.kind = draft.kind();
		this.documentNumber = draft.documentNumber();
		this.title = draft.title();
		this.provinces = new LinkedHashSet<>(draft.provinces());
		this.groups = new LinkedHashSet<>(draft.groups());
		this.signedOn = draft.signedOn();
		this.validFrom = draft.validFrom();
		this.validTo = draft.validTo();
		this.hanoiSignatoryName = draft.hanoiSignatoryName();
		this.hanoiSignatoryTitle = draft.hanoiSignatoryTitle();
		this.provinceSignatoryName = draft.provinceSignatoryName();
		this.provinceSignatoryTitle = draft.provinceSignatoryTitle();
		this.summary = draft.summary();
		this.sharedWithProvinces = draft.sharedWithProvinces();
		this.updatedBy = accountId;
	}

	/** Ends the agreement early; the reason is kept with it. An agreement ends once. */
	void terminate(LocalDate on, String reason, Long accountId) {
		if (this.terminatedOn != null) {
			throw new IllegalStateException("Agreement " + getId() + " is already terminated");
		}
		this.terminatedOn = on;
		this.terminationReason = reason;
		this.updatedBy = accountId;
	}

	public AgreementStatus status(LocalDate today) {
		return AgreementStatus.of(this.signedOn, this.validFrom, this.validTo, this.terminatedOn, today);
	}

	/** Whether one of its partner provinces is among {@code provinceIds}. */
	public boolean involvesAny(Collection<Long> provinceIds) {
		return this.provinces.stream().anyMatch(p -> provinceIds.contains(p.getId()));
	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public String getTitle() {
		return this.title;
	}

	public List<Province> getProvinces() {
		return this.provinces.stream().sorted(VietnameseOrder.by(Province::getNameVi)).toList();
	}

	public List<CooperationGroup> getGroups() {
		return this.groups.stream().sorted(Comparator.comparing(CooperationGroup::getNumber)).toList();
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public String getHanoiSignatoryName() {
		return this.hanoiSignatoryName;
	}

	public String getHanoiSignatoryTitle() {
		return this.hanoiSignatoryTitle;
	}

	public String getProvinceSignatoryName() {
		return this.provinceSignatoryName;
	}

	public String getProvinceSignatoryTitle() {
		return this.provinceSignatoryTitle;
	}

	public String getSummary() {
		return this.summary;
	}

	public boolean isSharedWithProvinces() {
		return this.sharedWithProvinces;
	}

	public LocalDate getTerminatedOn() {
		return this.terminatedOn;
	}

	public String getTerminationReason() {
		return this.terminationReason;
	}

}
