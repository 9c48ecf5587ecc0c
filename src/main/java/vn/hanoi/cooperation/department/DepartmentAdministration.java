package vn.hanoi.cooperation.department;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/** Administrators correct a department's names, on the version they saw. */
@Service
class DepartmentAdministration {

	private final Departments departments;

	DepartmentAdministration(Departments departments) {
		this.departments = departments;
	}

	/**
	 * Renames the department unless the form has errors; returns it. A save since the form's version is refused as a
	 * conflict, writing nothing.
	 */
	@Transactional
	Department rename(Long id, DepartmentForm form, Errors errors) {
		Department department = this.departments.findById(id).orElseThrow(NotFoundException::new);
		if (FormValues.version(form.version()).orElse(-1L) != department.getVersion()) {
			// Nothing is written: the caller shows the form again over the current version.
			throw new ObjectOptimisticLockingFailureException(Department.class, id);
		}
		if (!errors.hasErrors()) {
			department.rename(form.nameVi(), form.nameEn());
		}
		return department;
	}

}
