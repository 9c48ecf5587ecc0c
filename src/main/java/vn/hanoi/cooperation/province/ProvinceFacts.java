package vn.hanoi.cooperation.province;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.hanoi.cooperation.system.Localized;

/** What a unit's page says about the unit itself, as plain data kept with the page ({@link ProvincePages}). */
public record ProvinceFacts(Long id, String code, String nameVi, String nameEn, String nameViFull, Region region,
		boolean city, LocalDate validFrom, LocalDate validTo, ProvinceName successor, BigDecimal latitude,
		BigDecimal longitude) implements Localized {

	public static ProvinceFacts of(Province unit) {
		return new ProvinceFacts(unit.getId(), unit.getCode(), unit.getNameVi(), unit.getNameEn(), unit.getNameViFull(),
				unit.getRegion(), unit.isCity(), unit.getValidFrom(), unit.getValidTo(),
				unit.getSuccessor() == null ? null : ProvinceName.of(unit.getSuccessor()), unit.getLatitude(),
				unit.getLongitude());
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
