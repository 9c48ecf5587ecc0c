package vn.hanoi.cooperation.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two requests that change one record at the same moment: the one that lost the race wrote nothing and says so,
 * with a way back to the record, instead of an error 500. Features that can show more (the activity's conflict
 * page, a result's "changed meanwhile") catch the conflict themselves; this answers for every other write.
 */
@ControllerAdvice
class ConcurrentWriteAdvice {

	static final String VIEW = "system/concurrentWrite";

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView changedMeanwhile(HttpServletRequest request) {
		return page("concurrentWrite.changedMeanwhile", request);
	}

	@ExceptionHandler(FormTokenInterceptor.SubmissionInProgress.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView submissionInProgress(HttpServletRequest request) {
		return page("concurrentWrite.stillRunning", request);
	}

	private static ModelAndView page(String messageKey, HttpServletRequest request) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("messageKey", messageKey);
		page.addObject("backTo", recordOf(request.getServletPath()));
		// Exception views do not get the layout's model attributes: the language switch needs a path.
		page.addObject("requestPath", "/");
		return page;
	}

	/** The record an action was posted to: /results/5/approve → /results/5, /activities/new → /activities. */
	static String recordOf(String path) {
		if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
			return "/";
		}
		return path.substring(0, path.lastIndexOf('/'));
	}

}
