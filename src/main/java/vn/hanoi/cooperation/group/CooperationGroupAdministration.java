package vn.hanoi.cooperation.group;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/** Administrators correct a group's names and lead department, on the version they saw. */
@Service
class CooperationGroupAdministration {

	private final CooperationGroups groups;

	private final Departments departments;

	CooperationGroupAdministration(CooperationGroups groups, Departments departments) {
		this.groups = groups;
		this.departments = departments;
	}

	/**
	 * Updates the group unless the form has errors; returns it. A save since the form's version is refused as a
	 * conflict, writing nothing.
	 */
	@Transactional
	CooperationGroup update(Long id, CooperationGroupForm form, Errors errors) {
		CooperationGroup group = this.groups.findById(id).orElseThrow(NotFoundException::new);
		Department lead = null;
		Long leadId = FormValues.id(form.leadDepartmentId(), "leadDepartmentId", "department.unknown", errors);
		if (leadId != null) {
			lead = this.departments.findById(leadId).orElse(null);
			if (lead == null) {
				errors.rejectValue("leadDepartmentId", "department.unknown");
			}
		}
		if (FormValues.version(form.version()).orElse(-1L) != group.getVersion()) {
			// Nothing is written: the caller shows the form again over the current version.
			throw new ObjectOptimisticLockingFailureException(CooperationGroup.class, id);
		}
		if (!errors.hasErrors()) {
			group.update(form.nameVi(), form.nameEn(), lead);
		}
		return group;
	}

}
