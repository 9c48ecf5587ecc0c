package vn.hanoi.cooperation.system;

/** A server database that holds the demo records and demo accounts (a restored copy of the demo's database). */
class DemoDataOnServerException extends IllegalStateException {

	DemoDataOnServerException() {
		super("The database holds the demo records and demo accounts (table demo_data_history), whose password is "
				+ "public: a portal on a server database does not serve them");
	}

}
