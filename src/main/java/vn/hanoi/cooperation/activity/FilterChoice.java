package vn.hanoi.cooperation.activity;

import java.time.LocalDate;

import vn.hanoi.cooperation.system.Names;

/**
 * One choice of the activity list's filters (a group with its number, a department or a unit with the day it
 * ended), as plain data that may be kept in memory and shared between requests instead of an entity.
 */
public record FilterChoice(Long id, Integer number, Names names, LocalDate validTo) {

	/** The name in the page's language. */
	public String name() {
		return this.names.name();
	}

}
