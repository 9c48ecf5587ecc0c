package vn.hanoi.cooperation.api;

import java.math.BigDecimal;

/** An amount with its currency: the portal's amounts are whole đồng. */
record ApiMoney(BigDecimal amount, String currency) {

	static ApiMoney vnd(BigDecimal amount) {
		return amount == null ? null : new ApiMoney(amount, "VND");
	}

}
