package vn.hanoi.cooperation.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.hanoi.cooperation.system.UnicodeSpaces;

/** What an administrator may change of a group: its names and its lead department. */
record CooperationGroupForm(@NotBlank @Size(max = 300) String nameVi, @NotBlank @Size(max = 300) String nameEn,
		String leadDepartmentId, String version) {

	/** A name of no-break spaces alone is blank, and none is stored around a name. */
	CooperationGroupForm {
		nameVi = UnicodeSpaces.trim(nameVi);
		nameEn = UnicodeSpaces.trim(nameEn);
	}

	static CooperationGroupForm of(CooperationGroup group) {
		return new CooperationGroupForm(group.getNameVi(), group.getNameEn(),
				group.getLeadDepartment() == null ? null : group.getLeadDepartment().getId().toString(),
				String.valueOf(group.getVersion()));
	}

	/** The same input, to be saved over the given version (after a conflict the user applies it again). */
	CooperationGroupForm withVersion(long newVersion) {
		return new CooperationGroupForm(this.nameVi, this.nameEn, this.leadDepartmentId, String.valueOf(newVersion));
	}

}
