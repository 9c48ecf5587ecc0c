package vn.hanoi.cooperation.province;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.hanoi.cooperation.system.UnicodeSpaces;

/** The names an administrator may correct; codes, dates and the merger links are fixed by law. */
record ProvinceForm(@NotBlank @Size(max = 100) String nameVi, @NotBlank @Size(max = 100) String nameEn,
		@NotBlank @Size(max = 150) String nameViFull, String version) {

	/** A name of no-break spaces alone is blank, and none is stored around a name. */
	ProvinceForm {
		nameVi = UnicodeSpaces.trim(nameVi);
		nameEn = UnicodeSpaces.trim(nameEn);
		nameViFull = UnicodeSpaces.trim(nameViFull);
	}

	static ProvinceForm of(Province province) {
		return new ProvinceForm(province.getNameVi(), province.getNameEn(), province.getNameViFull(),
				String.valueOf(province.getVersion()));
	}

	/** The same names, to be saved over the given version (after a conflict the user applies them again). */
	ProvinceForm withVersion(long newVersion) {
		return new ProvinceForm(this.nameVi, this.nameEn, this.nameViFull, String.valueOf(newVersion));
	}

}
