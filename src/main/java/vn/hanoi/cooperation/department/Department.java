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
import vn.hanoi.cooperation.system.ValidPeriod;

/** A Hanoi department (Sở, ngành). The 1 March 2025 reorganisation ended some and named their successor. */
@Entity
@Table(name = "departments")
public class Department extends RecordEntity implements Localized, ValidPeriod {

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

	@Override
	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	@Override
	public LocalDate getValidTo() {
		return this.validTo;
	}

	public Department getSuccessor() {
		return this.successor;
	}

	/**
	 * The department that does this one's work on {@code day}: itself while it exists, then its successor (the
	 * Sở Kế hoạch và Đầu tư's groups are led by the Sở Tài chính from 1 March 2025).
	 */
	public Department on(LocalDate day) {
		Department department = this;
		while (department.validTo != null && day.isAfter(department.validTo) && department.successor != null) {
			department = department.successor;
		}
		return department;
	}

	public void rename(String nameVi, String nameEn) {
		this.nameVi = nameVi;
		this.nameEn = nameEn;
	}

}
