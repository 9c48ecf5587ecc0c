package vn.hanoi.cooperation.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The access-denied page, reached by forward from Spring Security. */
@Controller
class ErrorPageController {

	@RequestMapping("/error/403")
	String forbidden(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "error/403";
	}

}
