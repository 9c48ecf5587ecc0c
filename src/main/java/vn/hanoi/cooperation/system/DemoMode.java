package vn.hanoi.cooperation.system;

/**
 * Whether this instance holds demo records. The one answer every page and every file it produces asks, so that
 * how demo mode is switched on can change in one place ({@link DemoModeConfiguration}).
 */
public record DemoMode(boolean active) {

}
