package vn.hanoi.cooperation.activity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.TypedText;

/** Comments between Hanoi and a partner province on an activity, posted from its detail page. */
@Controller
class ActivityCommentController {

	private final ActivityService service;

	private final ActivityAccess access;

	private final Provinces provinces;

	private final ActivityController detail;

	ActivityCommentController(ActivityService service, ActivityAccess access, Provinces provinces,
			ActivityController detail) {
		this.service = service;
		this.access = access;
		this.provinces = provinces;
		this.detail = detail;
	}

	@InitBinder("commentForm")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("provinceId", "body");
	}

	@PostMapping("/activities/{id}/comments")
	String comment(@PathVariable Long id, @ModelAttribute("commentForm") CommentForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		Activity activity = this.service.findVisible(id, viewer);
		if (this.access.mustShareBeforeCommenting(viewer, activity)) {
			// The page explains why; nothing is sent that the province could never read.
			return this.detail.show(id, viewer, model);
		}
		if (!this.access.canComment(viewer, activity)) {
			throw new NotFoundException();
		}
		Province province = viewer.isProvince() ? this.provinces.findById(viewer.provinceId()).orElseThrow()
				: partner(activity, form, result);
		String body = TypedText.orNull(form.body());
		if (body == null) {
			result.rejectValue("body", "activity.error.commentRequired");
		}
		else if (body.length() > CommentForm.BODY_MAX) {
			result.rejectValue("body", "activity.error.tooLong", new Object[] { CommentForm.BODY_MAX }, null);
		}
		if (result.hasErrors()) {
			return this.detail.show(id, viewer, model);
		}
		this.service.addComment(activity, province, body, viewer);
		redirect.addFlashAttribute("message", "commentAdded");
		return "redirect:/activities/" + id + "#comments";
	}

	/** Hanoi writes to one of the activity's partner provinces. */
	private Province partner(Activity activity, CommentForm form, BindingResult result) {
		Long provinceId = FormValues.id(form.provinceId(), "provinceId", "activity.error.commentProvince", result);
		Province province = activity.getPartnerProvinces()
			.stream()
			.filter(p -> p.getId().equals(provinceId))
			.findFirst()
			.orElse(null);
		if (province == null && !result.hasFieldErrors("provinceId")) {
			result.rejectValue("provinceId", "activity.error.commentProvince");
		}
		return province;
	}

}
