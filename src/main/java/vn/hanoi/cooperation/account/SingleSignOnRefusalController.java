package vn.hanoi.cooperation.account;

import java.util.Arrays;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Says why a single sign-on was refused; only the known reasons are shown, anything else reads as an error. */
@Controller
@Conditional(SingleSignOnConfigured.class)
class SingleSignOnRefusalController {

	static final String VIEW_REFUSED = "account/sso-refused";

	@GetMapping(SingleSignOnFailureHandler.REFUSED_PAGE)
	String refused(@RequestParam(defaultValue = "error") String reason, Model model) {
		boolean known = Arrays.stream(SingleSignOnRefused.Reason.values())
			.anyMatch(candidate -> candidate.parameter().equals(reason));
		model.addAttribute("reason", known ? reason : "error");
		return VIEW_REFUSED;
	}

}
