package vn.hanoi.cooperation.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Plans, groups, provinces and departments: small, complete lists (the {@code next} cursor is always null). */
@RestController
@ReadApi
@Tag(name = "Reference lists")
class ApiReferenceController {

	private final ApiReferenceReads reads;

	ApiReferenceController(ApiReferenceReads reads) {
		this.reads = reads;
	}

	@GetMapping("/api/v1/plans")
	@Operation(operationId = "listPlans", summary = "The yearly plans")
	ResponseEntity<ApiPage<ApiReference.Plan>> plans() {
		return whole(this.reads.plans());
	}

	@GetMapping("/api/v1/groups")
	@Operation(operationId = "listGroups", summary = "The groups of cooperation content")
	ResponseEntity<ApiPage<ApiReference.Group>> groups() {
		return whole(this.reads.groups());
	}

	@GetMapping("/api/v1/provinces")
	@Operation(operationId = "listProvinces", summary = "Provinces and cities, with their validity dates and the unit each merged into")
	ResponseEntity<ApiPage<ApiReference.Unit>> provinces() {
		return whole(this.reads.units("provinces", "PROVINCE"));
	}

	@GetMapping("/api/v1/departments")
	@Operation(operationId = "listDepartments", summary = "Hanoi's departments, with their validity dates and the unit each merged into")
	ResponseEntity<ApiPage<ApiReference.Unit>> departments() {
		return whole(this.reads.units("departments", "DEPARTMENT"));
	}

	private static <T> ResponseEntity<ApiPage<T>> whole(List<T> items) {
		return ApiAnswers.ok(new ApiPage<>(List.copyOf(items), null), null);
	}

}
