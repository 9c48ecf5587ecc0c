package vn.hanoi.cooperation.department;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.system.Localized;
import vn.hanoi.cooperation.system.RecordEntity;

/** A Hanoi department (Sở, ngành). The 1 March 2025 reorganisation ended some and named their successor. */
@Entity
@Table(name = "departments")
public class Department extends RecordEntity implements Localized {

	@Column(nullable = false, unique = true, updatable = false)
	private String code;

	@Column(name = "name_vi", nullable = false)
	private String nameVi;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "successor_id")
	private Department successor;

	protected Department() {
	}

	public String getCode() {
		return this.code;
	}

	@Override
	public String getNameVi() {
		return this.nameVi;
	}

	@Override
	public String getNameEn() {
		return this.nameEn;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public Department getSuccessor() {
		return this.successor;
	}

	public boolean isValidOn(LocalDate day) {
		return (this.validFrom == null || !day.isBefore(this.validFrom))
				&& (this.validTo == null || !day.isAfter(this.validTo));
	}

	public void rename(String nameVi, String nameEn) {
		this.nameVi = nameVi;
		this.nameEn = nameEn;
	}

}
