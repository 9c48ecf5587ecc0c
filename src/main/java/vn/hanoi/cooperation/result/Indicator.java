package vn.hanoi.cooperation.result;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.system.Localized;
import vn.hanoi.cooperation.system.RecordEntity;

/** An indicator (chỉ tiêu) of a group: what is counted, in which unit, and how its figures combine. */
@Entity
@Table(name = "indicators")
public class Indicator extends RecordEntity implements Localized {

	@Column(nullable = false)
	private String code;

	@Column(name = "name_vi", nullable = false)
	private String nameVi;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IndicatorUnit unit;

	@Column(name = "count_noun_vi")
	private String countNounVi;

	@Column(name = "count_noun_en")
	private String countNounEn;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "group_id")
	private CooperationGroup group;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Aggregation aggregation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Direction direction;

	protected Indicator() {
	}

	Indicator(IndicatorDraft draft) {
		apply(draft);
	}

	void apply(IndicatorDraft draft) {
		this.code = draft.code();
		this.nameVi = draft.nameVi();
		this.nameEn = draft.nameEn();
		this.unit = draft.unit();
		// Only a count has a noun of its own; another unit's words come with the unit.
		this.countNounVi = draft.unit() == IndicatorUnit.COUNT ? draft.countNounVi() : null;
		this.countNounEn = draft.unit() == IndicatorUnit.COUNT ? draft.countNounEn() : null;
		this.group = draft.group();
		this.aggregation = draft.aggregation();
		this.direction = draft.direction();
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

	public IndicatorUnit getUnit() {
		return this.unit;
	}

	public String getCountNounVi() {
		return this.countNounVi;
	}

	public String getCountNounEn() {
		return this.countNounEn;
	}

	/** The unit in words, for labels and figures ({@code ${@figures.unit(i.unitOfMeasure)}}). */
	public UnitOfMeasure getUnitOfMeasure() {
		return new UnitOfMeasure(this.unit, this.countNounVi, this.countNounEn);
	}

	public CooperationGroup getGroup() {
		return this.group;
	}

	public Aggregation getAggregation() {
		return this.aggregation;
	}

	public Direction getDirection() {
		return this.direction;
	}

}
