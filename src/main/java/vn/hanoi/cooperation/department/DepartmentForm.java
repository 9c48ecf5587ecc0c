package vn.hanoi.cooperation.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record DepartmentForm(@NotBlank @Size(max = 200) String nameVi, @NotBlank @Size(max = 200) String nameEn,
		String version) {

	static DepartmentForm of(Department department) {
		return new DepartmentForm(department.getNameVi(), department.getNameEn(), String.valueOf(department.getVersion()));
	}

	/** The same names, to be saved over the given version (after a conflict the user applies them again). */
	DepartmentForm withVersion(long newVersion) {
		return new DepartmentForm(this.nameVi, this.nameEn, String.valueOf(newVersion));
	}

}
