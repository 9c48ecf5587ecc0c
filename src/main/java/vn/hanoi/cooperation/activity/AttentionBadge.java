package vn.hanoi.cooperation.activity;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;

/** The navigation badge of staff: how many of their department's activities need attention. */
@ControllerAdvice
class AttentionBadge {

	private final ActivityAttention attention;

	AttentionBadge(ActivityAttention attention) {
		this.attention = attention;
	}

	@ModelAttribute("attentionCount")
	Long attentionCount(Viewer viewer) {
		return viewer != null && viewer.is(Role.STAFF) ? this.attention.count(viewer) : null;
	}

}
