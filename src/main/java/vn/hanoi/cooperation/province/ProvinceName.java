package vn.hanoi.cooperation.province;

import java.time.LocalDate;

import vn.hanoi.cooperation.system.Localized;

/** A unit as a kept page names it: its names, and its end for a unit merged in 2025 ("đơn vị trước 01/07/2025"). */
public record ProvinceName(Long id, String nameVi, String nameEn, LocalDate validTo) implements Localized {

	public static ProvinceName of(Province province) {
		return new ProvinceName(province.getId(), province.getNameVi(), province.getNameEn(), province.getValidTo());
	}

	/** The first day the unit no longer exists, as its mark names it, or null while it exists. */
	public LocalDate dayAfterEnd() {
		return this.validTo == null ? null : this.validTo.plusDays(1);
	}

	@Override
	public String getNameVi() {
		return this.nameVi;
	}

	@Override
	public String getNameEn() {
		return this.nameEn;
	}

}
