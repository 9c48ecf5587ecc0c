package vn.hanoi.cooperation.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The address people are given for the API's documentation: Swagger UI, served by springdoc from its WebJar. */
@Controller
class ApiDocsController {

	static final String SWAGGER_UI = "/api/docs/swagger-ui/index.html";

	@GetMapping("/api/docs")
	String documentation() {
		return "redirect:" + SWAGGER_UI;
	}

}
