package vn.hanoi.cooperation.agreement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import vn.hanoi.cooperation.system.UploadLimits;

/**
 * When the multipart resolver reports a request over the container's limit, the user gets a page that says so
 * and leads back, not an error 500. (On Tomcat, the upload limit filter turns such uploads away earlier: {@link DocumentUploadReturn}.)
 */
@ControllerAdvice
class UploadLimitAdvice {

	static final String VIEW_TOO_LARGE = "agreement/uploadTooLarge";

	private static final Pattern UPLOAD_PATH = Pattern
		.compile("(/(?:agreements|activities)/\\d{1,18})/(?:documents|evidence|progress)");

	private final UploadLimits limits;

	UploadLimitAdvice(UploadLimits limits) {
		this.limits = limits;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView tooLarge(HttpServletRequest request) {
		ModelAndView page = new ModelAndView(VIEW_TOO_LARGE);
		page.addObject("maxDocumentMb", this.limits.file().toMegabytes());
		// Exception views do not get the layout's model attributes: the language switch needs a path.
		page.addObject("requestPath", "/agreements");
		String path = request.getServletPath();
		// Back to the agreement or activity the upload was for, when the path names one.
		Matcher record = path == null ? null : UPLOAD_PATH.matcher(path);
		page.addObject("backTo", record != null && record.matches() ? record.group(1) : "/agreements");
		return page;
	}

}
