package vn.hanoi.cooperation.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.hanoi.cooperation.system.UnicodeSpaces;

record DepartmentForm(@NotBlank @Size(max = 200) String nameVi, @NotBlank @Size(max = 200) String nameEn,
		String version) {

	/** A name of no-break spaces alone is blank, and none is stored around a name. */
	DepartmentForm {
		nameVi = UnicodeSpaces.trim(nameVi);
		nameEn = UnicodeSpaces.trim(nameEn);
	}

	static DepartmentForm of(Department department) {
		return new DepartmentForm(department.getNameVi(), department.getNameEn(), String.valueOf(department.getVersion()));
	}

	/** The same names, to be saved over the given version (after a conflict the user applies them again). */
	DepartmentForm withVersion(long newVersion) {
		return new DepartmentForm(this.nameVi, this.nameEn, String.valueOf(newVersion));
	}

}
