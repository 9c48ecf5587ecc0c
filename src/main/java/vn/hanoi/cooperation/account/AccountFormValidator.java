package vn.hanoi.cooperation.account;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;

/**
 * What creating and changing an account check beyond their fields' own rules, one way for both: a staff officer
 * belongs to a department in force today, a province officer to a partner province in force today, the other roles
 * to neither; and, where single sign-on finds accounts by e-mail, no two accounts share an address.
 */
@Component
class AccountFormValidator {

	/** The department or province the chosen role binds the account to (both null for the other roles). */
	record Units(Department department, Province province) {
	}

	private final Departments departments;

	private final Provinces provinces;

	private final Accounts accounts;

	private final boolean emailSignsIn;

	@Autowired
	AccountFormValidator(Departments departments, Provinces provinces, Accounts accounts, EmailSignIn emailSignIn) {
		this(departments, provinces, accounts, emailSignIn.active());
	}

	AccountFormValidator(Departments departments, Provinces provinces, Accounts accounts, boolean emailSignsIn) {
		this.departments = departments;
		this.provinces = provinces;
		this.accounts = accounts;
		this.emailSignsIn = emailSignsIn;
	}

	/**
	 * The units the form's role binds the account to; a missing, ended or wrong one is an error on its field. The
	 * address is checked for the account {@code accountId} (null while it is being created).
	 */
	Units validate(Role role, Long departmentId, Long provinceId, String email, Long accountId, Errors errors) {
		Department department = null;
		Province province = null;
		if (role == Role.STAFF) {
			department = departmentId == null ? null
					: this.departments.findById(departmentId).filter(d -> d.getValidTo() == null).orElse(null);
			if (department == null) {
				errors.rejectValue("departmentId", "account.departmentRequired");
			}
		}
		if (role == Role.PROVINCE) {
			province = provinceId == null ? null
					: this.provinces.findById(provinceId).filter(p -> p.getValidTo() == null).orElse(null);
			if (province == null) {
				errors.rejectValue("provinceId", "account.provinceRequired");
			}
			else if (province.isHanoi()) {
				// Hanoi's own officers are staff of its departments; a province account would read as a partner's.
				errors.rejectValue("provinceId", "account.provinceNotPartner");
			}
		}
		String address = Account.normalizedEmail(email);
		if (this.emailSignsIn && address != null && !errors.hasFieldErrors("email") && this.accounts.findByEmail(address)
			.stream()
			.anyMatch(other -> !other.getId().equals(accountId))) {
			// Single sign-on opens the one account with the address: shared, it would open neither.
			errors.rejectValue("email", "account.emailSignsInAnother");
		}
		return new Units(department, province);
	}

	/** What the account forms offer to choose from: every role, today's departments and partner provinces. */
	void offer(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", this.departments.findCurrent());
		model.addAttribute("provinces", this.provinces.findByValidFromOrderByName(Province.MERGER_DAY)
			.stream()
			.filter(p -> !p.isHanoi())
			.toList());
		model.addAttribute("emailSignsIn", this.emailSignsIn);
	}

}
