package vn.hanoi.cooperation.account;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Provinces;

/** Builds the {@link Viewer} of a request: at most one query, for the department or province lineage. */
@Component
public class Viewers {

	private final Departments departments;

	private final Provinces provinces;

	Viewers(Departments departments, Provinces provinces) {
		this.departments = departments;
		this.provinces = provinces;
	}

	public Viewer of(PortalUser user) {
		Set<Long> departmentLineage = user.getDepartmentId() == null ? Set.of()
				: new LinkedHashSet<>(this.departments.findLineageIds(user.getDepartmentId()));
		Set<Long> provinceLineage = user.getProvinceId() == null ? Set.of()
				: new LinkedHashSet<>(this.provinces.findLineageIds(user.getProvinceId()));
		return new Viewer(user.getAccountId(), user.getDisplayName(), user.getRole(), user.getDepartmentId(),
				departmentLineage, user.getProvinceId(), provinceLineage);
	}

}
