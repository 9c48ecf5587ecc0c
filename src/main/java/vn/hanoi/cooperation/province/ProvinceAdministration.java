package vn.hanoi.cooperation.province;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/** Administrators correct a province's names, on the version they saw. */
@Service
class ProvinceAdministration {

	private final Provinces provinces;

	ProvinceAdministration(Provinces provinces) {
		this.provinces = provinces;
	}

	/**
	 * Renames the unit unless the form has errors; returns it. A save since the form's version is refused as a
	 * conflict, writing nothing.
	 */
	@Transactional
	Province rename(Long id, ProvinceForm form, Errors errors) {
		Province province = this.provinces.findById(id).orElseThrow(NotFoundException::new);
		if (FormValues.version(form.version()).orElse(-1L) != province.getVersion()) {
			// Nothing is written: the caller shows the form again over the current version.
			throw new ObjectOptimisticLockingFailureException(Province.class, id);
		}
		if (!errors.hasErrors()) {
			province.rename(form.nameVi(), form.nameEn(), form.nameViFull());
		}
		return province;
	}

}
