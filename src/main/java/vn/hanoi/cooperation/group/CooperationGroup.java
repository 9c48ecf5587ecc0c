package vn.hanoi.cooperation.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.system.Localized;
import vn.hanoi.cooperation.system.RecordEntity;

/** One of the 15 groups of cooperation content (nhóm nội dung hợp tác) of Plan 188/KH-UBND. */
@Entity
@Table(name = "cooperation_groups")
public class CooperationGroup extends RecordEntity implements Localized {

	@Column(nullable = false, unique = true, updatable = false)
	private int number;

	@Column(name = "name_vi", nullable = false)
	private String nameVi;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	/** Inferred from each department's remit (see the reference data's notes), so administrators may change it. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_department_id")
	private Department leadDepartment;

	protected CooperationGroup() {
	}

	public int getNumber() {
		return this.number;
	}

	@Override
	public String getNameVi() {
		return this.nameVi;
	}

	@Override
	public String getNameEn() {
		return this.nameEn;
	}

	public Department getLeadDepartment() {
		return this.leadDepartment;
	}

	public void update(String nameVi, String nameEn, Department leadDepartment) {
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.leadDepartment = leadDepartment;
	}

}
