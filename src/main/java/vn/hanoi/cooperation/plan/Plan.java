package vn.hanoi.cooperation.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import org.springframework.context.i18n.LocaleContextHolder;

import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.system.RecordEntity;

/** The yearly plan (kế hoạch) of cooperation with the provinces, and the groups of content it selects. */
@Entity
@Table(name = "plans")
public class Plan extends RecordEntity {

	@Column(nullable = false, unique = true, updatable = false)
	private int year;

	private String number;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	@Column(name = "title_vi", nullable = false)
	private String titleVi;

	@Column(name = "title_en", nullable = false)
	private String titleEn;

	@Column(name = "summary_vi")
	private String summaryVi;

	@Column(name = "summary_en")
	private String summaryEn;

	/** Groups a report counts without naming them (2021: seven); null when the groups are linked. */
	@Column(name = "reported_group_count")
	private Integer reportedGroupCount;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "plan_groups", joinColumns = @JoinColumn(name = "plan_id"),
			inverseJoinColumns = @JoinColumn(name = "group_id"))
	private Set<CooperationGroup> groups = new LinkedHashSet<>();

	protected Plan() {
	}

	/** The day a plan's units are named on: the last of its year, so a reorganisation during it shows. */
	public LocalDate lastDay() {
		return LocalDate.of(this.year, 12, 31);
	}

	public int getYear() {
		return this.year;
	}

	public String getNumber() {
		return this.number;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public String getTitleVi() {
		return this.titleVi;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public String getSummaryVi() {
		return this.summaryVi;
	}

	public String getSummaryEn() {
		return this.summaryEn;
	}

	public String title() {
		return isEnglish() ? this.titleEn : this.titleVi;
	}

	public String summary() {
		return isEnglish() ? this.summaryEn : this.summaryVi;
	}

	/** The day whose provinces and departments a plan's records use: the year's last (34 units from 2025 on). */
	public LocalDate referenceDay() {
		return LocalDate.of(this.year, 12, 31);
	}

	public Integer getReportedGroupCount() {
		return this.reportedGroupCount;
	}

	public List<CooperationGroup> getGroups() {
		return this.groups.stream().sorted(Comparator.comparingInt(CooperationGroup::getNumber)).toList();
	}

	public boolean includes(CooperationGroup group) {
		return this.groups.stream().anyMatch(g -> g.getId().equals(group.getId()));
	}

	/** How many groups the year covers: the linked ones, or the count a report gives without names. */
	public int groupCount() {
		return this.groups.isEmpty() && this.reportedGroupCount != null ? this.reportedGroupCount : this.groups.size();
	}

	private static boolean isEnglish() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
