package vn.hanoi.cooperation.imports;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.activity.ActivityStatus;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.report.ActivityColumn;
import vn.hanoi.cooperation.report.Labels;
import vn.hanoi.cooperation.report.Workbooks;
import vn.hanoi.cooperation.system.VietnameseOrder;

/**
 * The template to fill in a spreadsheet program: the export's columns, drop-down lists for group, department,
 * province, status and sharing (from a hidden list sheet), and instructions in Vietnamese.
 */
@Component
class ActivityImportTemplate {

	private static final int ROWS_WITH_LISTS = ActivitySpreadsheet.MAXIMUM_ROWS;

	private final CooperationGroups groups;

	private final Departments departments;

	private final Provinces provinces;

	private final Labels labels;

	ActivityImportTemplate(CooperationGroups groups, Departments departments, Provinces provinces, Labels labels) {
		this.groups = groups;
		this.departments = departments;
		this.provinces = provinces;
		this.labels = labels;
	}

	@Transactional(readOnly = true)
	byte[] write() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Workbooks.Styles styles = Workbooks.styles(workbook);
		Sheet sheet = workbook.createSheet("Hoạt động");
		List<ActivityColumn> columns = List.of(ActivityColumn.values())
			.stream()
			.filter(ActivityColumn::importable)
			.toList();
		String[] headers = columns.stream().map(ActivityColumn::header).toArray(String[]::new);
		int[] widths = columns.stream().mapToInt(ActivityColumn::width).toArray();
		Workbooks.header(sheet, styles, headers, widths);

		Sheet lists = workbook.createSheet("Danh mục");
		List<String> groupNames = this.groups.findAllByOrderByNumber()
			.stream()
			.map(CooperationGroup::getNumber)
			.map(n -> this.groups.findByNumber(n).map(g -> n + ". " + g.getNameVi()).orElseThrow())
			.toList();
		List<String> departmentNames = this.departments.findAllOrdered()
			.stream()
			.map(Department::getNameVi)
			.distinct()
			.toList();
		List<String> provinceNames = this.provinces.findFiltered(null, null)
			.stream()
			.map(Province::getNameVi)
			.distinct()
			.sorted(VietnameseOrder.NAMES)
			.toList();
		List<String> statuses = List.of(ActivityStatus.values()).stream().map(this.labels::status).toList();
		List<String> yesNo = List.of(this.labels.yesNo(true), this.labels.yesNo(false));
		list(workbook, lists, 0, "Nhom", groupNames);
		list(workbook, lists, 1, "DonVi", departmentNames);
		list(workbook, lists, 2, "DiaPhuong", provinceNames);
		list(workbook, lists, 3, "TrangThai", statuses);
		list(workbook, lists, 4, "CoKhong", yesNo);
		workbook.setSheetHidden(workbook.getSheetIndex(lists), true);

		DataValidationHelper helper = sheet.getDataValidationHelper();
		dropDown(sheet, helper, ActivityColumn.GROUP, "Nhom", true);
		dropDown(sheet, helper, ActivityColumn.LEAD_DEPARTMENT, "DonVi", true);
		// Several departments or provinces may be typed, separated by ";": the list only suggests.
		dropDown(sheet, helper, ActivityColumn.COORDINATING_DEPARTMENTS, "DonVi", false);
		dropDown(sheet, helper, ActivityColumn.PARTNER_PROVINCES, "DiaPhuong", false);
		dropDown(sheet, helper, ActivityColumn.STATUS, "TrangThai", true);
		dropDown(sheet, helper, ActivityColumn.SHARED, "CoKhong", true);

		Sheet guide = workbook.createSheet("Hướng dẫn");
		guide.setColumnWidth(0, 110 * 256);
		String[] lines = { "HƯỚNG DẪN NHẬP HOẠT ĐỘNG HỢP TÁC TỪ EXCEL",
				"1. Mỗi dòng của trang \"Hoạt động\" là một hoạt động. Không đổi tên, không đổi thứ tự các cột.",
				"2. Bắt buộc: Năm kế hoạch, Nhóm nội dung, Tên hoạt động, Trạng thái. Cán bộ sở, ngành để trống hoặc "
						+ "ghi đúng tên đơn vị mình ở cột Đơn vị chủ trì.",
				"3. Chọn Nhóm nội dung, Đơn vị, Địa phương, Trạng thái trong danh sách thả xuống. Nhiều đơn vị phối hợp "
						+ "hoặc nhiều địa phương thì ghi cách nhau bằng dấu chấm phẩy (;).",
				"4. Địa phương phải là đơn vị hành chính của năm kế hoạch: từ năm 2025 dùng 34 tỉnh, thành phố mới.",
				"5. Ngày ghi dạng ngày/tháng/năm (ví dụ 30/06/2025). Kinh phí ghi bằng số, đơn vị đồng.",
				"6. Khi Trạng thái là \"Đã hoàn thành\" thì phải có Ngày hoàn thành (không ở tương lai) và Kết quả đạt được.",
				"7. Mã tham chiếu: để trống khi thêm mới, hoặc tự đặt một mã riêng (ví dụ SCT-2025-01). Nhập lại cùng "
						+ "tệp thì dòng có mã đã có sẽ được cập nhật, không tạo bản trùng. Tệp xuất từ cổng đã có sẵn mã.",
				"8. Không dùng công thức trong ô. Tối đa " + ActivitySpreadsheet.MAXIMUM_ROWS + " dòng, tệp tối đa "
						+ ActivitySpreadsheet.MAXIMUM_BYTES / (1024 * 1024) + " MB.",
				"9. Sau khi tải lên, cổng hiển thị kết quả kiểm tra từng dòng. Chỉ khi mọi dòng hợp lệ và bạn xác nhận, "
						+ "dữ liệu mới được ghi (ghi tất cả hoặc không ghi dòng nào)." };
		for (int i = 0; i < lines.length; i++) {
			Row row = guide.createRow(i);
			row.createCell(0).setCellValue(lines[i]);
			row.getCell(0).setCellStyle(i == 0 ? styles.header() : styles.text());
		}
		return Workbooks.bytes(workbook);
	}

	private static void list(XSSFWorkbook workbook, Sheet sheet, int column, String name, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			Row row = sheet.getRow(i) != null ? sheet.getRow(i) : sheet.createRow(i);
			row.createCell(column).setCellValue(values.get(i));
		}
		Name range = workbook.createName();
		range.setNameName(name);
		String letter = String.valueOf((char) ('A' + column));
		range.setRefersToFormula("'Danh mục'!$" + letter + "$1:$" + letter + "$" + Math.max(1, values.size()));
	}

	private static void dropDown(Sheet sheet, DataValidationHelper helper, ActivityColumn column, String list,
			boolean strict) {
		DataValidationConstraint constraint = helper.createFormulaListConstraint(list);
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(1, ROWS_WITH_LISTS, column.ordinal(), column.ordinal()));
		validation.setShowErrorBox(strict);
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}

}
