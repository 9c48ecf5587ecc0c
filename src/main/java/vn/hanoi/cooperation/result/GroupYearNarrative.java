package vn.hanoi.cooperation.result;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.system.RecordEntity;

/** A group's part of the yearly report: what was done, the difficulties met, and what is proposed. */
@Entity
@Table(name = "group_year_narratives")
public class GroupYearNarrative extends RecordEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "group_id")
	private CooperationGroup group;

	@Column(nullable = false)
	private int year;

	private String achievements;

	private String difficulties;

	private String proposals;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_by_name")
	private String updatedByName;

	protected GroupYearNarrative() {
	}

	GroupYearNarrative(CooperationGroup group, int year) {
		this.group = group;
		this.year = year;
	}

	void write(String achievements, String difficulties, String proposals, Long accountId, String accountName) {
		this.achievements = achievements;
		this.difficulties = difficulties;
		this.proposals = proposals;
		this.updatedBy = accountId;
		this.updatedByName = accountName;
	}

	public CooperationGroup getGroup() {
		return this.group;
	}

	public int getYear() {
		return this.year;
	}

	public String getAchievements() {
		return this.achievements;
	}

	public String getDifficulties() {
		return this.difficulties;
	}

	public String getProposals() {
		return this.proposals;
	}

	public String getUpdatedByName() {
		return this.updatedByName;
	}

}
