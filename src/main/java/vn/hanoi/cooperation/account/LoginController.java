package vn.hanoi.cooperation.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW_LOGIN = "account/login";

	@GetMapping("/login")
	String login() {
		return VIEW_LOGIN;
	}

}
