package vn.hanoi.cooperation.province;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.context.i18n.LocaleContextHolder;

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

	/**
	 * The page heading's name: the full Vietnamese name ("Tỉnh Điện Biên") in Vietnamese; in English the English
	 * name, as the page's title and breadcrumb give it (no English full name is kept).
	 */
	public String headingName() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? this.nameEn : this.nameViFull;
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
