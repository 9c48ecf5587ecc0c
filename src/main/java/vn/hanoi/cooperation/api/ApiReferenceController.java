package vn.hanoi.cooperation.api;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Plans, groups, provinces and departments: small, complete lists (the {@code next} cursor is always null). */
@RestController
@ReadApi
class ApiReferenceController {

	private final ApiReferenceReads reads;

	ApiReferenceController(ApiReferenceReads reads) {
		this.reads = reads;
	}

	@GetMapping("/api/v1/plans")
	ResponseEntity<ApiPage<ApiReference.Plan>> plans() {
		return whole(this.reads.plans());
	}

	@GetMapping("/api/v1/groups")
	ResponseEntity<ApiPage<ApiReference.Group>> groups() {
		return whole(this.reads.groups());
	}

	@GetMapping("/api/v1/provinces")
	ResponseEntity<ApiPage<ApiReference.Unit>> provinces() {
		return whole(this.reads.units("provinces", "PROVINCE"));
	}

	@GetMapping("/api/v1/departments")
	ResponseEntity<ApiPage<ApiReference.Unit>> departments() {
		return whole(this.reads.units("departments", "DEPARTMENT"));
	}

	private static <T> ResponseEntity<ApiPage<T>> whole(List<T> items) {
		return ApiAnswers.ok(new ApiPage<>(List.copyOf(items), null), null);
	}

}
