package vn.hanoi.cooperation.activity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.util.StringUtils;

/**
 * The activity list's filters, sort and page, bound from the URL so that a filtered list can be bookmarked
 * and shared. {@code withoutCancelled} lists only activities carried out, as the dashboard counts them;
 * {@code withoutPredecessors} takes the department alone, not the units merged into it, as a dashboard row of the
 * year of the mergers counts it.
 */
public record ActivityFilter(Integer year, Long group, Long department, Long province, ActivityStatus status,
		DeadlineStatus deadline, String q, String sort, Integer page, UUID importBatch, Boolean withoutCancelled,
		Boolean withoutPredecessors) {

	public static final int PAGE_SIZE = 20;

	/** Every filter but the import batch, which only the page after an import links to, and the two checkboxes. */
	public ActivityFilter(Integer year, Long group, Long department, Long province, ActivityStatus status,
			DeadlineStatus deadline, String q, String sort, Integer page) {
		this(year, group, department, province, status, deadline, q, sort, page, null);
	}

	public ActivityFilter(Integer year, Long group, Long department, Long province, ActivityStatus status,
			DeadlineStatus deadline, String q, String sort, Integer page, UUID importBatch) {
		this(year, group, department, province, status, deadline, q, sort, page, importBatch, null, null);
	}

	public enum Sort {

		UPDATED, DEADLINE, TITLE;

		static Sort of(String value) {
			for (Sort sort : values()) {
				if (sort.name().equalsIgnoreCase(value)) {
					return sort;
				}
			}
			// Most recently touched first: what a department works on this week.
			return UPDATED;
		}

	}

	public static ActivityFilter none() {
		return new ActivityFilter(null, null, null, null, null, null, null, null, null);
	}

	public Sort sortOrder() {
		return Sort.of(this.sort);
	}

	public int pageIndex() {
		return this.page == null || this.page < 1 ? 0 : this.page - 1;
	}

	public String text() {
		return StringUtils.hasText(this.q) ? this.q.strip() : null;
	}

	public boolean isEmpty() {
		return this.year == null && this.group == null && this.department == null && this.province == null
				&& this.status == null && this.deadline == null && text() == null && this.importBatch == null
				&& !leavesOutCancelled() && !leavesOutPredecessors();
	}

	/** Cancelled activities are left out (the checkbox is ticked). */
	public boolean leavesOutCancelled() {
		return Boolean.TRUE.equals(this.withoutCancelled);
	}

	/** The department's predecessors are left out (the checkbox is ticked). */
	public boolean leavesOutPredecessors() {
		return Boolean.TRUE.equals(this.withoutPredecessors);
	}

	/** The same filters on another page. */
	public ActivityFilter onPage(int pageNumber) {
		return new ActivityFilter(this.year, this.group, this.department, this.province, this.status, this.deadline,
				this.q, this.sort, pageNumber, this.importBatch, this.withoutCancelled, this.withoutPredecessors);
	}

	/** The URL parameters of this filter with another page, for pagination links. */
	public Map<String, Object> parametersForPage(int pageNumber) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		put(parameters, "year", this.year);
		put(parameters, "group", this.group);
		put(parameters, "department", this.department);
		put(parameters, "province", this.province);
		put(parameters, "status", this.status);
		put(parameters, "deadline", this.deadline);
		put(parameters, "q", text());
		put(parameters, "importBatch", this.importBatch);
		put(parameters, "withoutCancelled", leavesOutCancelled() ? true : null);
		put(parameters, "withoutPredecessors", leavesOutPredecessors() ? true : null);
		put(parameters, "sort", this.sort == null ? null : sortOrder().name().toLowerCase());
		if (pageNumber > 1) {
			parameters.put("page", pageNumber);
		}
		return parameters;
	}

	/** The same parameters as a query string ("" or "?year=2024&page=2"), encoded. */
	public String queryForPage(int pageNumber) {
		String query = parametersForPage(pageNumber).entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}

	private static void put(Map<String, Object> parameters, String name, Object value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

}
