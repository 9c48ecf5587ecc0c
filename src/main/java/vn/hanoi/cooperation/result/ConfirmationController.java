package vn.hanoi.cooperation.result;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.FormValues;

/** A partner province confirms or disputes a result shared with it, from its landing page or the result's page. */
@Controller
class ConfirmationController {

	private final ConfirmationService service;

	ConfirmationController(ConfirmationService service) {
		this.service = service;
	}

	@InitBinder("confirmationForm")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("answer", "comment", "from", "page", "version");
	}

	@PostMapping("/results/{id}/confirmation")
	String answer(@PathVariable Long id, @ModelAttribute ConfirmationForm form, BindingResult errors, Viewer viewer,
			RedirectAttributes redirect) {
		// Access first: a result that is not the viewer's answers 404 whatever was posted.
		YearlyResult result = this.service.findConfirmable(id, viewer);
		// The outcome shows beside the result answered, where the page opens, rather than at the top of a long page.
		redirect.addFlashAttribute("answered", id);
		if (this.service.refusedAsLocked(result, viewer)) {
			// Said before anything about the form: in a locked year no answer would be recorded, however it is filled.
			return refused("confirmationYearLocked", id, result, form, redirect);
		}
		ConfirmationStatus status = FormValues.choice(form.answer(), ConfirmationStatus.class, "answer",
				"confirmationAnswerRequired", errors);
		String comment = ResultFormValidator.trim(form.comment());
		if (status == null && !errors.hasErrors()) {
			errors.rejectValue("answer", "confirmationAnswerRequired");
		}
		if (comment != null && comment.length() > ConfirmationForm.COMMENT_MAX) {
			errors.rejectValue("comment", "confirmationCommentTooLong");
		}
		else if (status == ConfirmationStatus.DISPUTED && comment == null) {
			errors.rejectValue("comment", "disputeCommentRequired");
		}
		if (errors.hasErrors()) {
			return refused(errors.getFieldErrors().get(0).getCode(), id, result, form, redirect);
		}
		Optional<Refusal> refusal = this.service.answer(id, version(form.version()), status, comment, viewer);
		if (refusal.isPresent()) {
			// Locked meanwhile, or the figure changed since the page was read: the officer looks at it again.
			return refused(refusal.get() == Refusal.LOCKED ? "confirmationYearLocked" : "confirmationFigureChanged", id,
					result, form, redirect);
		}
		redirect.addFlashAttribute("answerRefused", false);
		redirect.addFlashAttribute("answerMessage",
				status == ConfirmationStatus.CONFIRMED ? "resultConfirmed" : "resultDisputed");
		return back(id, result, form);
	}

	private static String refused(String message, Long id, YearlyResult result, ConfirmationForm form,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("answerRefused", true);
		redirect.addFlashAttribute("answerMessage", message);
		return back(id, result, form);
	}

	/** Back to the page the answer came from. */
	private static String back(Long id, YearlyResult result, ConfirmationForm form) {
		return "result".equals(form.from()) ? "redirect:/results/" + id + "#confirmation"
				: "redirect:/my-province?resultYear=" + result.getYear() + "&resultPage="
						+ FormValues.page(form.page(), 1) + "#result-" + id;
	}

	/** The version the form was read at; none when not sent, -1 (no version) when it is not a number. */
	private static Long version(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.strip().matches("\\d{1,18}") ? Long.valueOf(text.strip()) : -1L;
	}

}
