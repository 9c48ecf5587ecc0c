package vn.hanoi.cooperation.activity;

import java.util.List;

/** What an import would do, row by row; nothing is written while any row has an error. */
public record ImportCheck(List<Outcome> rows) {

	public enum Action {

		CREATE, UPDATE, UNCHANGED, ERROR;

		public String messageKey() {
			return "import.action." + name();
		}

	}

	/** An error in one cell: the column's header and the message, in the user's language. */
	public record CellError(String column, String message) {
	}

	public record Outcome(int line, String reference, String title, Action action, List<CellError> errors) {
	}

	public boolean valid() {
		return !this.rows.isEmpty() && this.rows.stream().noneMatch(r -> r.action() == Action.ERROR);
	}

	public long errorCount() {
		return count(Action.ERROR);
	}

	public long createCount() {
		return count(Action.CREATE);
	}

	public long updateCount() {
		return count(Action.UPDATE);
	}

	public long unchangedCount() {
		return count(Action.UNCHANGED);
	}

	public long count(Action action) {
		return this.rows.stream().filter(r -> r.action() == action).count();
	}

}
