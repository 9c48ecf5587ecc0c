package vn.hanoi.cooperation.activity;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * "Staff lead their own department", the one place the form and the spreadsheet import ask: a staff officer's new
 * activity is led by their department, an existing one keeps the lead it has (a predecessor's, after a merger).
 * Coordinators and administrators choose the lead.
 */
@Component
class StaffLead {

	private final Departments departments;

	StaffLead(Departments departments) {
		this.departments = departments;
	}

	/** The lead the viewer may not change, or empty when the viewer chooses it. */
	Optional<Department> fixedLead(Viewer viewer, Activity existing) {
		if (viewer.actsForEveryDepartment()) {
			return Optional.empty();
		}
		if (existing != null) {
			return Optional.of(existing.getLeadDepartment());
		}
		return Optional.of(this.departments.findById(viewer.departmentId()).orElseThrow(NotFoundException::new));
	}

	/**
	 * The lead a staff officer's form shows again when it is redrawn: the one it carried when that is one of theirs
	 * (their department, or a predecessor on edit), else their own department.
	 */
	Department shownLead(Viewer viewer, String requestedId) {
		Long requested = FormValues.version(requestedId).orElse(null);
		Long leadId = requested != null && viewer.departmentLineage().contains(requested) ? requested
				: viewer.departmentId();
		return this.departments.findById(leadId).orElseThrow(NotFoundException::new);
	}

}
