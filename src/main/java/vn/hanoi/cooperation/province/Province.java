package vn.hanoi.cooperation.province;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.system.Localized;
import vn.hanoi.cooperation.system.RecordEntity;
import vn.hanoi.cooperation.system.ValidPeriod;

/**
 * A provincial-level unit (tỉnh, thành phố). The 63 units of 2008–2025 and the 34 of 1 July 2025 both exist;
 * an old unit points at its successor, and a code may be shared by an old and a new unit.
 */
@Entity
@Table(name = "provinces")
public class Province extends RecordEntity implements Localized, ValidPeriod {

	/** The first day of the 34-unit map (Resolution 202/2025/QH15). */
	public static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);

	/** Hà Nội keeps its code on both maps. */
	private static final String HANOI_CODE = "01";

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(name = "name_vi", nullable = false)
	private String nameVi;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "name_vi_full", nullable = false)
	private String nameViFull;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Region region;

	@Column(name = "is_city", nullable = false)
	private boolean city;

	@Column(nullable = false)
	private BigDecimal latitude;

	@Column(nullable = false)
	private BigDecimal longitude;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "successor_id")
	private Province successor;

	protected Province() {
	}

	public String getCode() {
		return this.code;
	}

	@Override
	public String getNameVi() {
		return this.nameVi;
	}

	@Override
	public String getNameEn() {
		return this.nameEn;
	}

	public String getNameViFull() {
		return this.nameViFull;
	}

	public Region getRegion() {
		return this.region;
	}

	public boolean isCity() {
		return this.city;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	@Override
	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	@Override
	public LocalDate getValidTo() {
		return this.validTo;
	}

	/** Hà Nội is the portal's own side of every cooperation, never a partner province. */
	public boolean isHanoi() {
		return HANOI_CODE.equals(this.code);
	}

	public Province getSuccessor() {
		return this.successor;
	}

	public ProvincePeriod getPeriod() {
		return this.validFrom.isBefore(MERGER_DAY) ? ProvincePeriod.UNITS_2008 : ProvincePeriod.UNITS_2025;
	}

	public void rename(String nameVi, String nameEn, String nameViFull) {
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.nameViFull = nameViFull;
	}

}
