package vn.hanoi.cooperation.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.agreement.AgreementDocumentDownloads;
import vn.hanoi.cooperation.agreement.AgreementFilter;
import vn.hanoi.cooperation.agreement.AgreementKind;
import vn.hanoi.cooperation.agreement.AgreementSearch;
import vn.hanoi.cooperation.agreement.AgreementStatus;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Agreements for other systems: the register's filters and the reader's scope as on the agreements page, in id
 * order with a cursor; one agreement with its documents' metadata; a document's bytes, logged as a download from
 * the page is. An agreement the reader may not see is not found, and so are its documents.
 */
@RestController
@ReadApi
@Tag(name = "Agreements")
class ApiAgreementController {

	private final AgreementSearch search;

	private final ApiAgreementReads reads;

	private final AgreementDocumentDownloads downloads;

	private final Clock clock;

	ApiAgreementController(AgreementSearch search, ApiAgreementReads reads, AgreementDocumentDownloads downloads,
			Clock clock) {
		this.search = search;
		this.reads = reads;
		this.downloads = downloads;
		this.clock = clock;
	}

	@Operation(operationId = "listAgreements", summary = "Agreements the token's owner may see, in id order")
	@GetMapping("/api/v1/agreements")
	ResponseEntity<ApiPage<ApiAgreement>> list(@RequestParam(required = false) Long province,
			@RequestParam(required = false) AgreementStatus status, @RequestParam(required = false) AgreementKind kind,
			@RequestParam(required = false) String q,
			@Parameter(description = "Only agreements in force on that day, e.g. 2025-12-31 (ISO 8601; the list "
					+ "page's 31/12/2025 is read too), as the dashboard counts a past year's on its last day; "
					+ "`status` stays today's. A day that cannot be read answers 400.")
			@RequestParam(name = "in_force_on", required = false) String inForceOn,
			@RequestParam(name = "updated_since", required = false) String updatedSince,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
			Viewer viewer) {
		LocalDate today = LocalDate.now(this.clock);
		int size = ApiPage.limit(limit);
		List<Long> ids = this.search.idsAfter(filter(province, status, kind, q, inForceOn), viewer, today,
				UpdatedSince.parse(updatedSince), ApiCursor.position(cursor), size + 1);
		return ApiAnswers.page(this.reads.find(ids, ReadScope.of(viewer)), size, ApiAgreement::id);
	}

	/**
	 * The list page's filter, whose rule reads the day. The page shows a mistyped day back with no rows; a client
	 * gets 400, not an empty list it would take for "none in force".
	 */
	private static AgreementFilter filter(Long province, AgreementStatus status, AgreementKind kind, String q,
			String inForceOn) {
		AgreementFilter filter = new AgreementFilter(province, status, kind, q, inForceOn);
		if (filter.inForceOnError() != null) {
			// As text: a number argument would be written 2.200.
			throw new ApiErrors.BadApiRequest("api.error.inForceOnDay", String.valueOf(FormValues.FIRST_YEAR),
					String.valueOf(FormValues.LAST_YEAR));
		}
		return filter;
	}

	@Operation(operationId = "getAgreement", summary = "One agreement with its documents' metadata")
	@GetMapping("/api/v1/agreements/{id}")
	ResponseEntity<ApiAgreement> agreement(@PathVariable Long id, Viewer viewer) {
		ApiAgreement agreement = this.reads.find(List.of(id), ReadScope.of(viewer))
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
		return ApiAnswers.ok(agreement, agreement.updatedAt());
	}

	@Operation(operationId = "downloadAgreementDocument", summary = "An agreement document's bytes, as an attachment")
	@GetMapping("/api/v1/agreements/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable Long id, @PathVariable Long documentId, Viewer viewer,
			@AuthenticationPrincipal PortalUser user) {
		return this.downloads.download(id, documentId, viewer, user.getUsername());
	}

}
