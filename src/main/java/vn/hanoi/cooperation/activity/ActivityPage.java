package vn.hanoi.cooperation.activity;

import java.util.List;

/** A page of the activity list and the number of activities that match the filters. */
public record ActivityPage(List<ActivityRow> rows, long total, int pageIndex, int pageSize) {

	public int pageNumber() {
		return this.pageIndex + 1;
	}

	public int pageCount() {
		return (int) Math.max(1, (this.total + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasPrevious() {
		return this.pageIndex > 0;
	}

	public boolean hasNext() {
		return pageNumber() < pageCount();
	}

	public long firstItem() {
		return this.total == 0 ? 0 : (long) this.pageIndex * this.pageSize + 1;
	}

	public long lastItem() {
		return Math.min(this.total, (long) (this.pageIndex + 1) * this.pageSize);
	}

}
