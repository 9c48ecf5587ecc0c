package vn.hanoi.cooperation.system;

/** A feature's own lines in the start-up report: the report prints them without knowing the feature. */
public interface StartupLines {

	void appendTo(StringBuilder report);

}
