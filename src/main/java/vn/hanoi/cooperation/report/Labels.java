package vn.hanoi.cooperation.report;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.activity.ActivityStatus;
import vn.hanoi.cooperation.activity.DeadlineStatus;
import vn.hanoi.cooperation.result.UnitOfMeasure;

/** The Vietnamese words that files (exports, import templates, reports) use for the portal's codes. */
@Component
public class Labels {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	public String status(ActivityStatus status) {
		return this.messages.getMessage(status.messageKey(), null, VIETNAMESE);
	}

	public String deadline(DeadlineStatus status) {
		return this.messages.getMessage(status.messageKey(), null, VIETNAMESE);
	}

	/** "tấn", "hội nghị". */
	public String unit(UnitOfMeasure unit) {
		return unit.label(this.messages, VIETNAMESE);
	}

	/** "15 hội nghị", "45.000 tấn". */
	public String figure(UnitOfMeasure unit, BigDecimal value) {
		return unit.figure(this.messages, VIETNAMESE, value);
	}

	public String yesNo(boolean value) {
		return this.messages.getMessage(value ? "common.true" : "common.false", null, VIETNAMESE);
	}

	public String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}
