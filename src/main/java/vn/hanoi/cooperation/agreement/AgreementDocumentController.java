package vn.hanoi.cooperation.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.document.DocumentRefusedException;

/** Attaching and removing an agreement's documents, and handing them out as downloads to those who may see it. */
@Controller
class AgreementDocumentController {

	private final AgreementService service;

	private final AgreementController detail;

	private final AgreementDocumentDownloads downloads;

	AgreementDocumentController(AgreementService service, AgreementController detail,
			AgreementDocumentDownloads downloads) {
		this.service = service;
		this.detail = detail;
		this.downloads = downloads;
	}

	@PostMapping("/agreements/{id}/documents")
	String upload(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		Agreement agreement = this.service.findManageable(id, viewer);
		try {
			byte[] bytes = file == null ? new byte[0] : file.getBytes();
			this.service.attach(agreement, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getContentType(), bytes, viewer);
		}
		catch (DocumentRefusedException ex) {
			model.addAttribute("documentError", ex.reason());
			return this.detail.show(id, viewer, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		redirect.addFlashAttribute("message", "documentAttached");
		return "redirect:/agreements/" + id + "#documents";
	}

	/**
	 * Removes a document (a wrong scan) for whoever keeps the register, whoever attached it; anyone else gets 404 as
	 * for the other writes. A document already removed, in another tab, is said so on the agreement's page.
	 */
	@PostMapping("/agreements/{id}/documents/{documentId}/delete")
	String delete(@PathVariable Long id, @PathVariable Long documentId, Viewer viewer, RedirectAttributes redirect) {
		if (this.service.removeDocument(this.service.findManageable(id, viewer), documentId, viewer)) {
			redirect.addFlashAttribute("message", "documentRemoved");
		}
		else {
			redirect.addFlashAttribute("warning", "documentAlreadyRemoved");
		}
		return "redirect:/agreements/" + id + "#documents";
	}

	/** Always an attachment with its checked type, never rendered inline: a scan cannot act as a page. */
	@GetMapping("/agreements/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long documentId, Viewer viewer,
			@AuthenticationPrincipal PortalUser user) {
		return this.downloads.download(id, documentId, viewer, user.getUsername());
	}

}
