package vn.hanoi.cooperation.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.activity.ActivityFilter;
import vn.hanoi.cooperation.agreement.AgreementFilter;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.province.Region;
import vn.hanoi.cooperation.result.ResultStatus;

/**
 * What an export's name says: the list, the filters it was made with (year, group, department, province,
 * status, search words) and the day it was made, in Vietnamese like the file itself, e.g.
 * {@code hoat-dong-2024-so-cong-thuong-2026-11-27.xlsx}. Two downloads of different lists never share a name.
 */
@Component
public class ExportNames {

	/** How many characters of the search words a name holds at most. */
	static final int SEARCH_WORDS_IN_NAME = 60;

	private final Labels labels;

	private final DemoMark demo;

	private final Clock clock;

	private final Departments departments;

	private final Provinces provinces;

	private final CooperationGroups groups;

	ExportNames(Labels labels, DemoMark demo, Clock clock, Departments departments, Provinces provinces,
			CooperationGroups groups) {
		this.labels = labels;
		this.demo = demo;
		this.clock = clock;
		this.departments = departments;
		this.provinces = provinces;
		this.groups = groups;
	}

	ExportFileName activities(ActivityFilter filter, String extension) {
		ActivityFilter f = filter == null ? ActivityFilter.none() : filter;
		List<String> parts = new ArrayList<>(List.of(this.labels.message("export.name.activities")));
		parts.add(f.year() == null ? null : String.valueOf(f.year()));
		parts.add(f.group() == null ? null
				: this.groups.findById(f.group())
					.map(g -> this.labels.message("export.name.group", g.getNumber()))
					.orElse(null));
		parts.add(department(f.department()));
		parts.add(province(f.province()));
		parts.add(f.status() == null ? null : this.labels.status(f.status()));
		parts.add(f.deadline() == null ? null : this.labels.deadline(f.deadline()));
		parts.add(searchWords(f.text()));
		return dated(parts, extension);
	}

	ExportFileName agreements(AgreementFilter filter, String extension) {
		List<String> parts = new ArrayList<>(List.of(this.labels.message("export.name.agreements")));
		if (filter != null) {
			parts.add(province(filter.province()));
			parts.add(filter.status() == null ? null : this.labels.message(filter.status().messageKey()));
			parts.add(filter.kind() == null ? null : this.labels.message(filter.kind().messageKey()));
		}
		return dated(parts, extension);
	}

	ExportFileName results(int year, ResultStatus status, boolean allDepartments, String extension) {
		return dated(new ArrayList<>(List.of(this.labels.message("export.name.results"), String.valueOf(year),
				status == null ? "" : this.labels.message(status.messageKey()),
				allDepartments ? this.labels.message("export.name.allDepartments") : "")), extension);
	}

	/** A department's results grid of a year: {@code bang-nhap-ket-qua-2026-so-cong-thuong-2026-11-27.xlsx}. */
	public ExportFileName resultGrid(int year, Department department) {
		return dated(new ArrayList<>(List.of(this.labels.message("export.name.resultGrid"), String.valueOf(year),
				department.getNameVi())), "xlsx");
	}

	ExportFileName provinces(Region region, ProvincePeriod period, String extension) {
		return dated(new ArrayList<>(List.of(this.labels.message("export.name.provinces"),
				region == null ? "" : this.labels.message(region.messageKey()),
				period == null ? "" : this.labels.message(period.messageKey()))), extension);
	}

	ExportFileName yearlyReport(int year) {
		return dated(new ArrayList<>(List.of(this.labels.message("export.name.yearlyReport"), String.valueOf(year))),
				"docx");
	}

	ExportFileName provinceReport(Province province, int year) {
		return dated(new ArrayList<>(List.of(this.labels.message("export.name.provinceReport"), province.getNameVi(),
				String.valueOf(year))), "docx");
	}

	/**
	 * The first words only, cut between two words: the whole of a long search went into the header twice and made
	 * it larger than the server sends (500).
	 */
	static String searchWords(String text) {
		if (text == null || text.length() <= SEARCH_WORDS_IN_NAME) {
			return text;
		}
		String cut = text.substring(0, SEARCH_WORDS_IN_NAME);
		int lastSpace = cut.lastIndexOf(' ');
		return Character.isWhitespace(text.charAt(SEARCH_WORDS_IN_NAME)) || lastSpace < 0 ? cut
				: cut.substring(0, lastSpace);
	}

	private String department(Long id) {
		return id == null ? null : this.departments.findById(id).map(Department::getNameVi).orElse(null);
	}

	private String province(Long id) {
		return id == null ? null : this.provinces.findById(id).map(Province::getNameVi).orElse(null);
	}

	// The day last, as yyyy-mm-dd, so that a folder of exports sorts by list and then by day.
	private ExportFileName dated(List<String> parts, String extension) {
		parts.add(LocalDate.now(this.clock).toString());
		return this.demo.fileName(parts, extension);
	}

}
