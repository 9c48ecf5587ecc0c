package vn.hanoi.cooperation.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.agreement.Agreement;
import vn.hanoi.cooperation.agreement.Agreements;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.plan.Plan;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.TypedText;

/**
 * Checks an activity form against the plan's reference data and turns it into a draft. Every rule that SQL
 * can state is also a constraint in V3__activities.sql; this class gives the user the message first.
 */
@Component
class ActivityFormValidator {

	static final int TITLE_MAX = 300;

	static final int DESCRIPTION_MAX = 10_000;

	static final int SUMMARY_MAX = 5_000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Plans plans;

	private final Departments departments;

	private final Provinces provinces;

	private final Agreements agreements;

	private final Clock clock;

	ActivityFormValidator(Plans plans, Departments departments, Provinces provinces, Agreements agreements,
			Clock clock) {
		this.plans = plans;
		this.departments = departments;
		this.provinces = provinces;
		this.agreements = agreements;
		this.clock = clock;
	}

	/**
	 * @param fixedLead the lead department when the user may not choose it (staff), else null
	 * @return the draft, or empty when {@code errors} holds at least one error
	 */
	Optional<ActivityDraft> validate(ActivityForm form, Department fixedLead, Errors errors) {
		LocalDate today = LocalDate.now(this.clock);
		String title = TypedText.orNull(form.title());
		String description = TypedText.orNull(form.description());
		String summary = TypedText.orNull(form.resultSummary());
		Long groupId = FormValues.id(form.groupId(), "groupId", "activity.error.groupRequired", errors);
		Long leadId = FormValues.id(form.leadDepartmentId(), "leadDepartmentId", "department.unknown", errors);
		List<Long> coordinatingIds = FormValues.ids(form.coordinatingDepartmentIds(), "coordinatingDepartmentIds",
				"department.unknown", errors);
		List<Long> partnerIds = FormValues.ids(form.partnerProvinceIds(), "partnerProvinceIds",
				"activity.error.provinceUnknown", errors);
		LocalDate plannedStart = FormValues.day(form.plannedStart(), "plannedStart", errors);
		LocalDate deadline = FormValues.day(form.deadline(), "deadline", errors);
		LocalDate completedOn = FormValues.day(form.actualCompletion(), "actualCompletion", errors);
		ActivityStatus status = FormValues.choice(form.status(), ActivityStatus.class, "status",
				"activity.error.statusRequired", errors);

		Plan plan = null;
		if (form.year() == null) {
			errors.rejectValue("planYear", "activity.error.planRequired");
		}
		else {
			plan = this.plans.findByYear(form.year()).orElse(null);
			if (plan == null) {
				errors.rejectValue("planYear", "activity.error.planUnknown");
			}
		}

		CooperationGroup group = null;
		if (groupId == null && !errors.hasFieldErrors("groupId")) {
			errors.rejectValue("groupId", "activity.error.groupRequired");
		}
		else if (groupId != null && plan != null) {
			group = plan.getGroups().stream().filter(g -> g.getId().equals(groupId)).findFirst().orElse(null);
			if (group == null) {
				errors.rejectValue("groupId", "activity.error.groupNotInPlan",
						new Object[] { String.valueOf(plan.getYear()) }, null);
			}
		}

		// The units the activity names are those in force on its own day, not on some day of its plan year.
		LocalDate unitDay = plan == null ? null : UnitDay.of(plannedStart, deadline, plan);
		Object[] shownDay = unitDay == null ? null : new Object[] { DAY.format(unitDay) };

		Department lead = fixedLead;
		if (lead == null && !errors.hasFieldErrors("leadDepartmentId")) {
			lead = leadId == null ? null : this.departments.findById(leadId).orElse(null);
			if (leadId == null) {
				errors.rejectValue("leadDepartmentId", "activity.error.leadRequired");
			}
			else if (lead == null) {
				errors.rejectValue("leadDepartmentId", "department.unknown");
			}
			else if (unitDay != null && !lead.isValidOn(unitDay)) {
				errors.rejectValue("leadDepartmentId", "activity.error.departmentNotValidOn", shownDay, null);
			}
		}

		List<Department> coordinating = this.departments.findByIdIn(coordinatingIds);
		if (coordinating.size() != coordinatingIds.size()) {
			errors.rejectValue("coordinatingDepartmentIds", "department.unknown");
		}
		else if (lead != null && coordinatingIds.contains(lead.getId())) {
			errors.rejectValue("coordinatingDepartmentIds", "activity.error.leadAlsoCoordinating");
		}
		else if (unitDay != null && coordinating.stream().anyMatch(d -> !d.isValidOn(unitDay))) {
			errors.rejectValue("coordinatingDepartmentIds", "activity.error.departmentNotValidOn", shownDay, null);
		}

		List<Province> partners = this.provinces.findByIdIn(partnerIds);
		// Hanoi is the portal's own side of every activity, never a partner (the form does not offer it).
		if (partners.size() != partnerIds.size() || partners.stream().anyMatch(Province::isHanoi)) {
			if (!errors.hasFieldErrors("partnerProvinceIds")) {
				errors.rejectValue("partnerProvinceIds", "activity.error.provinceUnknown");
			}
		}
		else if (unitDay != null && partners.stream().anyMatch(p -> !p.isValidOn(unitDay))) {
			errors.rejectValue("partnerProvinceIds", "activity.error.provinceNotValidOn", shownDay, null);
		}

		Agreement agreement = agreement(form, partnerIds, errors);

		if (title == null) {
			errors.rejectValue("title", "activity.error.titleRequired");
		}
		else if (title.length() > TITLE_MAX) {
			errors.rejectValue("title", "activity.error.tooLong", new Object[] { TITLE_MAX }, null);
		}
		if (description != null && description.length() > DESCRIPTION_MAX) {
			errors.rejectValue("description", "activity.error.tooLong", new Object[] { DESCRIPTION_MAX }, null);
		}

		if (status == null && !errors.hasFieldErrors("status")) {
			errors.rejectValue("status", "activity.error.statusRequired");
		}
		if (plannedStart != null && deadline != null && deadline.isBefore(plannedStart)) {
			errors.rejectValue("deadline", "activity.error.deadlineBeforeStart");
		}
		if (status == ActivityStatus.COMPLETED && !errors.hasFieldErrors("actualCompletion")) {
			validateCompletion(completedOn, plannedStart, summary, today, errors);
		}

		BigDecimal planned = amount(form.budgetPlanned(), "budgetPlanned", errors);
		BigDecimal spent = amount(form.budgetSpent(), "budgetSpent", errors);

		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new ActivityDraft(plan, group, lead, coordinating, partners, title, description,
				plannedStart, deadline, status, completedOn, summary, planned, spent, form.shared(), agreement));
	}

	/** Shared with the "mark completed" form: a date neither in the future nor before the start, and a summary. */
	void validateCompletion(LocalDate completedOn, LocalDate plannedStart, String summary, LocalDate today,
			Errors errors) {
		if (completedOn == null) {
			errors.rejectValue("actualCompletion", "activity.error.completionRequired");
		}
		else if (completedOn.isAfter(today)) {
			errors.rejectValue("actualCompletion", "activity.error.completionInFuture");
		}
		else if (plannedStart != null && completedOn.isBefore(plannedStart)) {
			errors.rejectValue("actualCompletion", "activity.error.completionBeforeStart");
		}
		if (summary == null) {
			errors.rejectValue("resultSummary", "activity.error.summaryRequired");
		}
		else if (summary.length() > SUMMARY_MAX) {
			errors.rejectValue("resultSummary", "activity.error.tooLong", new Object[] { SUMMARY_MAX }, null);
		}
	}

	/** The agreement the activity carries out: one signed with a chosen partner (or its predecessor or successor). */
	private Agreement agreement(ActivityForm form, List<Long> partnerIds, Errors errors) {
		Long agreementId = FormValues.id(form.agreementId(), "agreementId", "activity.error.agreementUnknown", errors);
		if (agreementId == null) {
			return null;
		}
		if (partnerIds.isEmpty()) {
			errors.rejectValue("agreementId", "activity.error.agreementNeedsProvince");
			return null;
		}
		Agreement agreement = this.agreements.findRelatedToProvinces(partnerIds)
			.stream()
			.filter(a -> a.getId().equals(agreementId))
			.findFirst()
			.orElse(null);
		if (agreement == null) {
			errors.rejectValue("agreementId", "activity.error.agreementNotOfProvinces");
		}
		return agreement;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static BigDecimal amount(String text, String field, Errors errors) {
		try {
			BigDecimal amount = Money.parse(text).orElse(null);
			if (amount != null && amount.signum() < 0) {
				errors.rejectValue(field, "activity.error.budgetNegative");
				return null;
			}
			if (amount != null && amount.compareTo(Money.MAXIMUM) > 0) {
				errors.rejectValue(field, "activity.error.budgetTooLarge");
				return null;
			}
			return amount;
		}
		catch (Money.NotWhole ex) {
			errors.rejectValue(field, "activity.error.budgetWholeDong");
			return null;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "activity.error.budgetInvalid");
			return null;
		}
	}

}
