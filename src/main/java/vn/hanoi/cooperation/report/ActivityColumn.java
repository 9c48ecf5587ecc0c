package vn.hanoi.cooperation.report;

/**
 * The columns of the activity spreadsheet, shared by the export and the import template so that an exported
 * file can be imported back. Headers are Vietnamese, as the departments' own files are.
 */
public enum ActivityColumn {

	REFERENCE("Mã tham chiếu", 16, true), YEAR("Năm kế hoạch", 10, true), GROUP("Nhóm nội dung", 34, true),
	TITLE("Tên hoạt động", 50, true), DESCRIPTION("Mô tả", 50, true), LEAD_DEPARTMENT("Đơn vị chủ trì", 32, true),
	COORDINATING_DEPARTMENTS("Đơn vị phối hợp", 36, true), PARTNER_PROVINCES("Địa phương đối tác", 30, true),
	PLANNED_START("Ngày bắt đầu", 13, true), DEADLINE("Hạn hoàn thành", 13, true), STATUS("Trạng thái", 18, true),
	COMPLETED_ON("Ngày hoàn thành", 13, true), RESULT_SUMMARY("Kết quả đạt được", 40, true),
	BUDGET_PLANNED("Kinh phí dự kiến (đồng)", 20, true), BUDGET_SPENT("Kinh phí đã sử dụng (đồng)", 20, true),
	SHARED("Chia sẻ với địa phương", 12, true), DEADLINE_STATUS("Tình trạng thời hạn", 24, false),
	LAST_UPDATE("Cập nhật lần cuối", 17, false),
	/**
	 * The activity's version when it was exported: an import of the file refuses a row whose activity was changed
	 * since, instead of putting the older values back. Not in the blank template; read when the file has it.
	 */
	VERSION("Phiên bản", 10, false);

	/** Lists inside one cell (departments, provinces) are separated by semicolons. */
	public static final String LIST_SEPARATOR = "; ";

	private final String header;

	private final int width;

	private final boolean importable;

	ActivityColumn(String header, int width, boolean importable) {
		this.header = header;
		this.width = width;
		this.importable = importable;
	}

	public String header() {
		return this.header;
	}

	public int width() {
		return this.width;
	}

	public boolean importable() {
		return this.importable;
	}

	public String letter() {
		return String.valueOf((char) ('A' + ordinal()));
	}

}
