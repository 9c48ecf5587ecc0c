package vn.hanoi.cooperation.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.agreement.Agreement;
import vn.hanoi.cooperation.agreement.AgreementFilter;
import vn.hanoi.cooperation.agreement.AgreementRow;
import vn.hanoi.cooperation.agreement.AgreementSearch;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.province.Region;
import vn.hanoi.cooperation.result.PercentOfTarget;
import vn.hanoi.cooperation.result.ResultStatus;
import vn.hanoi.cooperation.result.YearlyResult;
import vn.hanoi.cooperation.result.YearlyResults;
import vn.hanoi.cooperation.system.DisplayFormats;

import static vn.hanoi.cooperation.system.SqlValues.idsForIn;

/**
 * The agreement, result and province lists as export tables, read with the same queries and read rules as the
 * pages that show them, inside one read-only transaction so that lazy details load in batches.
 */
@Component
class ListExports {

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AgreementSearch agreements;

	private final YearlyResults results;

	private final Provinces provinces;

	private final Labels labels;

	private final DisplayFormats formats;

	ListExports(AgreementSearch agreements, YearlyResults results, Provinces provinces, Labels labels,
			DisplayFormats formats) {
		this.agreements = agreements;
		this.results = results;
		this.provinces = provinces;
		this.labels = labels;
		this.formats = formats;
	}

	@Transactional(readOnly = true)
	ExportTable agreements(AgreementFilter filter, Viewer viewer, LocalDate today) {
		ExportTable table = new ExportTable("Thỏa thuận", List.of(ExportTable.text("Số hiệu", 16),
				ExportTable.text("Loại văn bản", 22), ExportTable.text("Tên thỏa thuận", 50),
				ExportTable.text("Địa phương đối tác", 28), ExportTable.text("Nhóm nội dung hợp tác", 40),
				ExportTable.date("Ngày ký"), ExportTable.date("Hiệu lực từ"), ExportTable.date("Hiệu lực đến"),
				ExportTable.text("Tình trạng", 18), ExportTable.date("Ngày chấm dứt"),
				ExportTable.text("Đại diện Hà Nội ký", 30), ExportTable.text("Đại diện địa phương ký", 30),
				ExportTable.text("Chia sẻ với địa phương", 12), ExportTable.text("Tóm tắt nội dung", 50)));
		for (AgreementRow row : this.agreements.find(filter == null ? AgreementFilter.none() : filter, viewer, today)) {
			Agreement a = row.agreement();
			table.add(a.getDocumentNumber(), this.labels.message(a.getKind().messageKey()), a.getTitle(),
					row.partners().stream().map(Province::getNameVi).collect(Collectors.joining("; ")),
					a.getGroups()
						.stream()
						.sorted(java.util.Comparator.comparingInt(g -> g.getNumber()))
						.map(g -> g.getNumber() + ". " + g.getNameVi())
						.collect(Collectors.joining("; ")),
					a.getSignedOn(), a.getValidFrom(), a.getValidTo(), this.labels.message(row.status().messageKey()),
					a.getTerminatedOn(), signatory(a.getHanoiSignatoryName(), a.getHanoiSignatoryTitle()),
					signatory(a.getProvinceSignatoryName(), a.getProvinceSignatoryTitle()),
					this.labels.yesNo(a.isSharedWithProvinces()), a.getSummary());
		}
		return table;
	}

	/**
	 * The year's entries as the entries page lists them: a province gets its own approved figures only, staff
	 * their department's unless {@code everyDepartment}.
	 */
	@Transactional(readOnly = true)
	ExportTable results(int year, ResultStatus status, boolean everyDepartment, Viewer viewer) {
		ResultStatus wanted = viewer.isProvince() ? ResultStatus.APPROVED : status;
		boolean ownOnly = viewer.is(Role.STAFF) && !everyDepartment;
		Set<Long> departments = ownOnly ? viewer.departmentLineage() : Set.of();
		Set<Long> provinceIds = viewer.isProvince() ? viewer.provinceLineage() : Set.of();
		ExportTable table = new ExportTable("Kết quả " + year, List.of(ExportTable.integer("Năm", 8),
				ExportTable.text("Nhóm nội dung", 34), ExportTable.text("Mã chỉ tiêu", 12),
				ExportTable.text("Chỉ tiêu", 44), ExportTable.text("Đơn vị tính", 12),
				ExportTable.text("Sở, ngành", 30), ExportTable.text("Địa phương", 20),
				ExportTable.figure("Kế hoạch", 14), ExportTable.figure("Thực hiện", 14),
				ExportTable.figure("Tỷ lệ so với kế hoạch (%)", 12), ExportTable.text("Trạng thái", 14),
				ExportTable.text("Thuyết minh", 50), ExportTable.text("Người duyệt", 20), ExportTable.date("Ngày duyệt"),
				ExportTable.text("Loại số liệu", 34)));
		for (YearlyResult r : this.results.findEntryPage(year, wanted, !ownOnly, idsForIn(departments),
				!viewer.isProvince(), idsForIn(provinceIds), Pageable.unpaged())) {
			table.add(r.getYear(), r.getIndicator().getGroup().getNumber() + ". " + r.getIndicator().getGroup().getNameVi(),
					r.getIndicator().getCode(), r.getIndicator().getNameVi(),
					this.labels.unit(r.getIndicator().getUnitOfMeasure()),
					department(r), province(r), r.getTarget(), r.getActual(),
					PercentOfTarget.of(r.getActual(), r.getTarget()), this.labels.message(r.getStatus().messageKey()),
					r.getNarrative(), r.getApprovedByName(),
					r.getApprovedAt() == null ? null : LocalDate.ofInstant(r.getApprovedAt(), HANOI), kind(r));
		}
		return table;
	}

	/** Sở Công Thương of January–February 2025 and that of 1 March are told apart, as on the entries page. */
	private String department(YearlyResult r) {
		Department department = r.getDepartment();
		if (department == null) {
			return null;
		}
		return department.endedBeforeEndOf(r.getYear()) ? this.labels.message("results.formerDepartment",
				department.getNameVi(), this.formats.day(department.dayAfterEnd())) : department.getNameVi();
	}

	/** Tuyên Quang of January–June 2025 and the Tuyên Quang formed on 1 July are told apart, as on the pages. */
	private String province(YearlyResult r) {
		Province province = r.getProvince();
		if (province == null) {
			return null;
		}
		return province.endedBeforeEndOf(r.getYear())
				? province.getNameVi() + " "
						+ this.labels.message("activity.formerUnit", this.formats.day(province.dayAfterEnd()))
				: province.getNameVi();
	}

	/**
	 * A department's row without a province is its total; a province row is part of it ("trong đó"), so that
	 * whoever adds up the column in a spreadsheet can tell them apart. The actual's "trên" is kept here too, on
	 * either kind of row, as the pages and the reports show it.
	 */
	private String kind(YearlyResult r) {
		String kind = this.labels.message(r.getProvince() == null ? "export.results.total" : "export.results.part");
		return r.isActualLowerBound() ? this.labels.message("export.results.lowerBound", kind) : kind;
	}

	/** The reference list of provinces with the list page's filters (a province officer: their own units). */
	@Transactional(readOnly = true)
	ExportTable provinces(Region region, ProvincePeriod period, Viewer viewer) {
		ExportTable table = new ExportTable("Tỉnh, thành phố", List.of(ExportTable.text("Mã", 6),
				ExportTable.text("Tên", 20), ExportTable.text("Tên đầy đủ", 30), ExportTable.text("Tên tiếng Anh", 22),
				ExportTable.text("Vùng kinh tế - xã hội", 34), ExportTable.text("Thành phố trực thuộc TW", 12),
				ExportTable.figure("Vĩ độ", 10), ExportTable.figure("Kinh độ", 10), ExportTable.date("Hiệu lực từ"),
				ExportTable.date("Hiệu lực đến"), ExportTable.text("Hợp nhất vào", 20)));
		for (Province p : this.provinces.findFiltered(region, period == null ? null : period.firstDay())) {
			if (viewer.isProvince() && !viewer.provinceLineage().contains(p.getId())) {
				continue;
			}
			table.add(p.getCode(), p.getNameVi(), p.getNameViFull(), p.getNameEn(),
					p.getRegion() == null ? null : this.labels.message(p.getRegion().messageKey()),
					this.labels.yesNo(p.isCity()), p.getLatitude(), p.getLongitude(), p.getValidFrom(), p.getValidTo(),
					p.getSuccessor() == null ? null : p.getSuccessor().getNameVi());
		}
		return table;
	}

	private static String signatory(String name, String title) {
		if (name == null) {
			return title;
		}
		return title == null ? name : name + " (" + title + ")";
	}

}
