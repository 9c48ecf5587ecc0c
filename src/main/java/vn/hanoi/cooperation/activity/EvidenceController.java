package vn.hanoi.cooperation.activity;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.document.CheckedDocument;
import vn.hanoi.cooperation.document.KeptFileResponse;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Evidence attached to an activity: added and deleted by those who may change it, downloaded (and its photos'
 * thumbnails shown) to those who may see it. Files of a progress note come with the note
 * ({@link ActivityProgressController}).
 */
@Controller
class EvidenceController {

	private final ActivityService activities;

	private final EvidenceService evidence;

	private final ActivityController detail;

	EvidenceController(ActivityService activities, EvidenceService evidence, ActivityController detail) {
		this.activities = activities;
		this.evidence = evidence;
		this.detail = detail;
	}

	@PostMapping("/activities/{id}/evidence")
	String attach(@PathVariable Long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		Activity activity = this.activities.findEditable(id, viewer);
		try {
			List<CheckedDocument> checked = this.evidence.check(files);
			if (checked.isEmpty()) {
				throw new EvidenceRefused(null, "noFile");
			}
			this.evidence.attach(activity, null, checked, viewer);
		}
		catch (EvidenceRefused ex) {
			model.addAttribute("evidenceError", ex);
			return this.detail.show(id, viewer, model);
		}
		redirect.addFlashAttribute("message", "evidenceAttached");
		return "redirect:/activities/" + id + "#evidence";
	}

	@PostMapping("/activities/{id}/evidence/{evidenceId}/delete")
	String delete(@PathVariable Long id, @PathVariable Long evidenceId, Viewer viewer, RedirectAttributes redirect) {
		if (this.evidence.delete(this.activities.findEditable(id, viewer), evidenceId, viewer)) {
			redirect.addFlashAttribute("message", "evidenceDeleted");
		}
		else {
			redirect.addFlashAttribute("warning", "evidenceAlreadyRemoved");
		}
		return "redirect:/activities/" + id + "#evidence";
	}

	@GetMapping("/activities/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long evidenceId, Viewer viewer) {
		Evidence file = this.evidence.find(this.activities.findVisible(id, viewer), evidenceId);
		return KeptFileResponse.attachment(file.getFileName(), file.getContentType(), this.evidence.contentOf(file));
	}

	/**
	 * Made by the portal at upload, so it may be shown inline. The browser keeps it for the viewer alone and asks
	 * again on every view, so that a province loses the photo as soon as the activity is no longer shared with it;
	 * a kept file never changes, so its checksum answers an unchanged thumbnail with 304 and no bytes read.
	 */
	@GetMapping("/activities/{id}/evidence/{evidenceId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable Long id, @PathVariable Long evidenceId, Viewer viewer,
			WebRequest request) {
		Evidence file = this.evidence.find(this.activities.findVisible(id, viewer), evidenceId);
		if (!file.isHasThumbnail()) {
			throw new NotFoundException();
		}
		String etag = "\"" + file.getSha256() + "-thumbnail\"";
		CacheControl cache = CacheControl.noCache().cachePrivate();
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
		}
		byte[] thumbnail = this.evidence.thumbnailOf(file);
		if (thumbnail == null) {
			throw new NotFoundException();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.header("X-Content-Type-Options", "nosniff")
			.eTag(etag)
			.cacheControl(cache)
			.body(thumbnail);
	}

}
