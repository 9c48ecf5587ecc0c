package vn.hanoi.cooperation.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.system.DemoMode;

/**
 * A demo instance's files must never pass for official ones: the line that marks them and the file names that
 * say so. On a real instance there is no line and the names stay as they are.
 */
@Component
public class DemoMark {

	private final boolean active;

	private final Labels labels;

	@Autowired
	public DemoMark(DemoMode demo, Labels labels) {
		this(demo.active(), labels);
	}

	DemoMark(boolean active, Labels labels) {
		this.active = active;
		this.labels = labels;
	}

	/** Whether files are marked (a demo instance's records). */
	public boolean active() {
		return this.active;
	}

	/** The line written at the top of a file, or null when the records are real. */
	String line() {
		return this.active ? this.labels.message("demo.file.mark") : null;
	}

	/** "hoat-dong-2024-…-du-lieu-mau.xlsx" on a demo instance, "hoat-dong-2024-….xlsx" on a real one. */
	public ExportFileName fileName(List<String> parts, String extension) {
		List<String> named = new ArrayList<>(parts);
		if (this.active) {
			named.add(this.labels.message("demo.file.name"));
		}
		return ExportFileName.of(extension, named);
	}

}
