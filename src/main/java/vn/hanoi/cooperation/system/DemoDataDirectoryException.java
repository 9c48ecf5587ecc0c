package vn.hanoi.cooperation.system;

import java.nio.file.Path;

/**
 * The embedded database's directory does not match the run: demo records and accounts (whose password is public)
 * in a run without demo data, or real accounts in a run that would add the demo's beside them.
 */
class DemoDataDirectoryException extends IllegalStateException {

	private final Path dataDirectory;

	private final boolean demoRun;

	DemoDataDirectoryException(Path dataDirectory, boolean demoRun) {
		super(demoRun ? "The embedded database in " + dataDirectory + " holds accounts that are not the demo's: "
				+ "demo records and demo accounts are never added to it"
				: "The embedded database in " + dataDirectory + " holds the demo records and demo accounts, whose "
						+ "password is public: a run without demo data does not serve them");
		this.dataDirectory = dataDirectory;
		this.demoRun = demoRun;
	}

	Path dataDirectory() {
		return this.dataDirectory;
	}

	boolean demoRun() {
		return this.demoRun;
	}

}
