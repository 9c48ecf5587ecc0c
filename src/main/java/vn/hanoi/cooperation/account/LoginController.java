package vn.hanoi.cooperation.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW_LOGIN = "account/login";

	private final ObjectProvider<SingleSignOn> singleSignOn;

	LoginController(ObjectProvider<SingleSignOn> singleSignOn) {
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/login")
	String login(Model model, HttpServletRequest request, HttpServletResponse response) {
		// After a refused login the form keeps the username (never the password); the message stays the same.
		TypedUsernameCookie.take(request, response).ifPresent(name -> model.addAttribute("typedUsername", name));
		// Without a configured provider the list is empty and the page shows the password form only.
		model.addAttribute("singleSignOn", this.singleSignOn.stream().flatMap(sso -> sso.providers().stream()).toList());
		return VIEW_LOGIN;
	}

}
