package vn.hanoi.cooperation.system;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every bound text loses its control characters except tab and line breaks: PostgreSQL refuses a NUL byte
 * (that would be a 500), and the others only ever come from attacks or broken copy and paste.
 */
@ControllerAdvice
class ControlCharacters {

	@InitBinder
	void stripControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(text == null ? null : strip(text));
			}

		});
	}

	static String strip(String text) {
		return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
	}

}
