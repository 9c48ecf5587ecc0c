package vn.hanoi.cooperation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.NotFoundException;

/** An indicator's yearly city figures, scoped as the year view is; an unknown indicator is not found. */
@RestController
@ReadApi
@Tag(name = "Yearly results")
class ApiIndicatorController {

	private final ApiFigureReads reads;

	ApiIndicatorController(ApiFigureReads reads) {
		this.reads = reads;
	}

	@Operation(operationId = "getIndicatorFigures", summary = "An indicator and its approved city figure per year")
	@GetMapping("/api/v1/indicators/{id}/figures")
	ResponseEntity<ApiIndicatorFigures> figures(@PathVariable Long id, Viewer viewer) {
		return ApiAnswers.ok(this.reads.find(id, viewer).orElseThrow(NotFoundException::new), null);
	}

}
