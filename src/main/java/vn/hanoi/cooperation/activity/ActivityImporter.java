package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.FieldError;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.agreement.Agreement;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.plan.Plan;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.RecordEntity;
import vn.hanoi.cooperation.system.TypedText;
import vn.hanoi.cooperation.system.UnicodeSpaces;
import vn.hanoi.cooperation.system.ValidPeriod;

/**
 * Checks and applies spreadsheet rows of activities. Names (groups, departments, provinces, statuses) are read
 * as the export writes them; each row then goes through the same validation as the activity form. A row with a
 * reference that exists updates that activity; applying is all or nothing.
 */
@Service
public class ActivityImporter {

	/** Exports call an activity without a reference of its own HD-<id>. */
	private static final Pattern GENERATED_REFERENCE = Pattern.compile("(?i)HD-(\\d{1,18})");

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

	/** Any run of spaces inside a name, as one (compiled once: every name of every row goes through it). */
	private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

	/** A group named by its number: "2", "2. Thương mại", "2) …". */
	private static final Pattern NUMBERED_GROUP = Pattern.compile("^(\\d{1,2})\\s*(?:[.)\\-:]|$).*");

	/** Combining marks: the diacritics a decomposed (NFD) letter carries. */
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Form field → the column header it comes from, for error messages. */
	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("reference", "Mã tham chiếu"),
			Map.entry("planYear", "Năm kế hoạch"), Map.entry("groupId", "Nhóm nội dung"),
			Map.entry("title", "Tên hoạt động"), Map.entry("description", "Mô tả"),
			Map.entry("leadDepartmentId", "Đơn vị chủ trì"), Map.entry("coordinatingDepartmentIds", "Đơn vị phối hợp"),
			Map.entry("partnerProvinceIds", "Địa phương đối tác"), Map.entry("plannedStart", "Ngày bắt đầu"),
			Map.entry("deadline", "Hạn hoàn thành"), Map.entry("status", "Trạng thái"),
			Map.entry("actualCompletion", "Ngày hoàn thành"), Map.entry("resultSummary", "Kết quả đạt được"),
			Map.entry("budgetPlanned", "Kinh phí dự kiến (đồng)"), Map.entry("budgetSpent", "Kinh phí đã sử dụng (đồng)"),
			Map.entry("sharedWithProvinces", "Chia sẻ với địa phương"),
			// The file has no agreement column: the agreement an activity keeps is refused for its partners.
			Map.entry("agreementId", "Địa phương đối tác"));

	private final Activities activities;

	private final ActivityAccess access;

	private final ActivityFormValidator validator;

	private final ActivityService service;

	private final Plans plans;

	private final Departments departments;

	private final Provinces provinces;

	private final MessageSource messages;

	private final StaffLead staffLead;

	ActivityImporter(Activities activities, ActivityAccess access, ActivityFormValidator validator,
			ActivityService service, Plans plans, Departments departments, Provinces provinces,
			MessageSource messages, StaffLead staffLead) {
		this.activities = activities;
		this.access = access;
		this.validator = validator;
		this.service = service;
		this.plans = plans;
		this.departments = departments;
		this.provinces = provinces;
		this.messages = messages;
		this.staffLead = staffLead;
	}

	@Transactional(readOnly = true)
	public ImportCheck check(List<ImportRow> rows, Viewer viewer, Locale locale) {
		List<Prepared> prepared = refuseRepeatedTitles(prepare(rows, viewer, locale), locale);
		return new ImportCheck(prepared.stream().map(Prepared::outcome).toList());
	}

	/**
	 * Writes every row or none and marks the rows written with the import batch; the check that comes back says
	 * what was written, or, when not valid, why nothing was (the caller then rolls its transaction back).
	 */
	@Transactional
	public ImportCheck apply(List<ImportRow> rows, Viewer viewer, Locale locale, UUID batch) {
		List<Prepared> prepared = prepare(rows, viewer, locale);
		// Before looking for their titles: another confirmation running now may be writing the same activities.
		NewActivityLocks locks = new NewActivityLocks(this.activities);
		locks.hold(drafts(prepared), newReferences(prepared));
		if (locks.anyTaken(newReferences(prepared))) {
			// Written meanwhile by the import that held the lock: such a row now updates (or repeats) that activity.
			// Should a reference have gone meanwhile, its row's locks come last, out of order: two such imports
			// waiting for each other are ended by the database failing one, rare enough to leave at that.
			prepared = prepare(rows, viewer, locale);
			locks.hold(drafts(prepared), newReferences(prepared));
		}
		prepared = refuseRepeatedTitles(prepared, locale);
		ImportCheck check = new ImportCheck(prepared.stream().map(Prepared::outcome).toList());
		if (!check.valid()) {
			return check;
		}
		List<Long> written = new ArrayList<>();
		for (Prepared row : prepared) {
			if (row.outcome().action() == ImportCheck.Action.CREATE) {
				Activity created = this.service.create(row.draft(), viewer);
				if (row.reference() != null && !GENERATED_REFERENCE.matcher(row.reference()).matches()) {
					created.assignReference(row.reference());
					this.activities.saveAndFlush(created);
				}
				written.add(created.getId());
			}
			else if (row.outcome().action() == ImportCheck.Action.UPDATE) {
				this.service.update(row.existing(), row.draft(), viewer);
				written.add(row.existing().getId());
			}
		}
		if (!written.isEmpty()) {
			this.activities.markImported(batch, written);
		}
		return check;
	}

	private record Prepared(ImportCheck.Outcome outcome, String reference, Activity existing, ActivityDraft draft) {
	}

	/** Each row read and validated; the new ones are not yet checked against the titles already there. */
	private List<Prepared> prepare(List<ImportRow> rows, Viewer viewer, Locale locale) {
		List<Prepared> prepared = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		// An activity has two references (its own and HD-<id>): two rows naming it both would update it twice.
		Map<Long, Integer> matched = new HashMap<>();
		for (ImportRow row : rows) {
			prepared.add(prepare(row, viewer, locale, seen, matched));
		}
		return prepared;
	}

	private static List<ActivityDraft> drafts(List<Prepared> prepared) {
		return newRows(prepared).map(Prepared::draft).toList();
	}

	private static List<String> newReferences(List<Prepared> prepared) {
		return newRows(prepared).map(Prepared::reference).toList();
	}

	private static Stream<Prepared> newRows(List<Prepared> prepared) {
		return prepared.stream().filter(row -> row.outcome().action() == ImportCheck.Action.CREATE);
	}

	/** The new rows, in file order, each refused when the plan already has its title or an earlier row adds it. */
	private List<Prepared> refuseRepeatedTitles(List<Prepared> prepared, Locale locale) {
		NewActivityTitles titles = new NewActivityTitles(this.activities);
		List<Prepared> checked = new ArrayList<>();
		for (Prepared row : prepared) {
			ImportCheck.Outcome outcome = row.outcome();
			Optional<ImportCheck.CellError> duplicate = outcome.action() == ImportCheck.Action.CREATE
					? duplicate(row.draft(), outcome.line(), titles, locale) : Optional.empty();
			checked.add(duplicate.isEmpty() ? row
					: new Prepared(new ImportCheck.Outcome(outcome.line(), outcome.reference(), outcome.title(),
							ImportCheck.Action.ERROR, List.of(duplicate.get())), row.reference(), row.existing(), null));
		}
		return checked;
	}

	private Prepared prepare(ImportRow row, Viewer viewer, Locale locale, Set<String> seen,
			Map<Long, Integer> matched) {
		List<ImportCheck.CellError> errors = new ArrayList<>();
		String reference = TypedText.orNull(row.reference());
		Activity existing = null;
		if (reference != null) {
			if (!seen.add(reference.toUpperCase(Locale.ROOT))) {
				errors.add(error("reference", "import.error.duplicateReference", locale));
			}
			else if (!REFERENCE.matcher(reference).matches()) {
				errors.add(error("reference", "import.error.referenceInvalid", locale));
			}
			else {
				existing = find(reference);
				if (existing != null && !this.access.canEdit(viewer, existing)) {
					errors.add(error("reference", "import.error.notEditable", locale));
					existing = null;
				}
				else if (existing == null && GENERATED_REFERENCE.matcher(reference).matches()) {
					errors.add(error("reference", "import.error.notEditable", locale));
				}
				else if (existing != null && matched.putIfAbsent(existing.getId(), row.line()) != null) {
					errors.add(error("reference", "import.error.duplicateActivity", locale,
							matched.get(existing.getId())));
				}
			}
		}
		Integer year = parseYear(row.year());
		Plan plan = year == null ? null : this.plans.findByYear(year).orElse(null);
		// Names are read as the units of the row's own day, as the form offers them.
		MapBindingResult ignored = new MapBindingResult(new java.util.HashMap<>(), "row");
		LocalDate day = plan == null ? null : UnitDay.of(FormValues.day(row.plannedStart(), "plannedStart", ignored),
				FormValues.day(row.deadline(), "deadline", ignored), plan);

		String groupId = plan == null ? null : groupId(plan, row.group());
		Department fixedLead = this.staffLead.fixedLead(viewer, existing).orElse(null);
		String leadId = fixedLead != null ? null
				: departmentId(row.leadDepartment(), day, existing == null ? null : existing.getLeadDepartment());
		if (fixedLead != null && row.leadDepartment() != null && !row.leadDepartment().isBlank()
				&& !sameName(row.leadDepartment(), fixedLead.getNameVi())) {
			errors.add(error("leadDepartmentId", "import.error.leadNotYours", locale));
		}
		if (plan != null && groupId == null && blankToNull(row.group()) != null) {
			errors.add(error("groupId", "import.error.unknownGroup", locale, UnicodeSpaces.trim(row.group()), plan.getYear()));
		}
		if (fixedLead == null && leadId == null && blankToNull(row.leadDepartment()) != null && plan != null) {
			errors.add(unknownDepartment("leadDepartmentId", row.leadDepartment(), day, locale));
		}
		String status = status(row.status());
		if (status != null && java.util.Arrays.stream(ActivityStatus.values()).noneMatch(s -> s.name().equals(status))) {
			// Not "please choose a status": the cell has one, which is none of the statuses.
			errors.add(error("status", "import.error.unknownStatus", locale, UnicodeSpaces.trim(row.status()),
					java.util.Arrays.stream(ActivityStatus.values())
						.map(s -> this.messages.getMessage(s.messageKey(), null, locale))
						.collect(Collectors.joining(", "))));
		}
		List<String> coordinating = new ArrayList<>();
		for (String name : list(row.coordinatingDepartments())) {
			String id = departmentId(name, day, null);
			if (id == null && plan != null) {
				errors.add(unknownDepartment("coordinatingDepartmentIds", name, day, locale));
			}
			else if (id != null) {
				coordinating.add(id);
			}
		}
		Activity target = existing;
		List<String> partners = new ArrayList<>();
		for (String name : list(row.partnerProvinces())) {
			String id = provinceId(name, day, target);
			if (id == null && plan != null) {
				errors.add(unknownProvince(name, day, plan.getYear(), locale));
			}
			else if (id != null) {
				partners.add(id);
			}
		}
		ActivityForm form = new ActivityForm(row.year() == null ? null : row.year().replaceAll("\\.0$", ""), groupId,
				leadId, coordinating, partners, row.title(), row.description(), row.plannedStart(), row.deadline(),
				status, row.completedOn(), row.resultSummary(), row.budgetPlanned(), row.budgetSpent(),
				String.valueOf(yes(row.shared())),
				// The spreadsheet has no agreement column: an update keeps the agreement the activity has.
				target == null || target.getAgreement() == null ? null : String.valueOf(target.getAgreement().getId()),
				target == null ? null : String.valueOf(target.getVersion()));
		DirectFieldBindingResult result = new DirectFieldBindingResult(form, "form");
		Optional<ActivityDraft> draft = this.validator.validate(form, fixedLead, result);
		Set<String> explained = new HashSet<>();
		errors.forEach(e -> explained.add(e.column()));
		for (FieldError fieldError : result.getFieldErrors()) {
			// A name that was not found already says what is wrong with its column.
			if (explained.contains(COLUMNS.get(fieldError.getField()))) {
				continue;
			}
			if (fieldError.getField().equals("agreementId") && target != null && target.getAgreement() != null) {
				errors.add(agreementPartners(target.getAgreement(), locale));
				continue;
			}
			errors.add(new ImportCheck.CellError(COLUMNS.getOrDefault(fieldError.getField(), fieldError.getField()),
					this.messages.getMessage(fieldError, locale)));
		}
		String title = TypedText.orNull(row.title());
		if (!errors.isEmpty() || draft.isEmpty()) {
			return new Prepared(new ImportCheck.Outcome(row.line(), reference, title, ImportCheck.Action.ERROR,
					errors), reference, target, null);
		}
		ImportCheck.Action action = existing == null ? ImportCheck.Action.CREATE
				: unchanged(existing, draft.get()) ? ImportCheck.Action.UNCHANGED : ImportCheck.Action.UPDATE;
		if (action == ImportCheck.Action.UPDATE && changedSinceExport(row, existing)) {
			// The file's older values would silently undo what was changed on the portal since it was exported.
			return new Prepared(new ImportCheck.Outcome(row.line(), reference, title, ImportCheck.Action.ERROR,
					List.of(error("reference", "import.error.changedSinceExport", locale, row.exportedVersion().strip(),
							existing.getVersion()))),
					reference, target, null);
		}
		return new Prepared(new ImportCheck.Outcome(row.line(), reference, title, action, List.of()), reference,
				target, draft.get());
	}

	/**
	 * A new row that the portal or the file already has: the same title, lead department and plan. Updating an
	 * activity takes its reference; a different activity takes a title of its own.
	 */
	private Optional<ImportCheck.CellError> duplicate(ActivityDraft draft, int line, NewActivityTitles titles,
			Locale locale) {
		NewActivityTitles.NewTitle title = NewActivityTitles.NewTitle.of(draft);
		Optional<Integer> earlier = titles.earlierLine(title, line);
		if (earlier.isPresent()) {
			return Optional.of(error("title", "import.error.sameTitleInFile", locale, earlier.get()));
		}
		return titles.existing(title)
			.map(activity -> error("title", "import.error.sameTitleExists", locale, activity.shownReference(),
					draft.plan().getYear()));
	}

	/** The partners in the row leave out every province of the agreement the activity carries out. */
	private ImportCheck.CellError agreementPartners(Agreement agreement, Locale locale) {
		String provinces = agreement.getProvinces()
			.stream()
			.map(p -> p.nameIn(locale))
			.collect(Collectors.joining(", "));
		return error("agreementId", "import.error.agreementPartners", locale, agreement.getTitle(), provinces);
	}

	/** A row of an exported file whose activity has a newer version than the file says (never a hand-made file). */
	private static boolean changedSinceExport(ImportRow row, Activity existing) {
		String exported = row.exportedVersion() == null ? "" : row.exportedVersion().strip();
		return !exported.isEmpty() && !exported.equals(String.valueOf(existing.getVersion()));
	}

	private Activity find(String reference) {
		Matcher generated = GENERATED_REFERENCE.matcher(reference);
		Optional<Activity> byReference = this.activities.findWithDetailsByReferenceIgnoreCase(reference);
		if (byReference.isPresent()) {
			return byReference.get();
		}
		return generated.matches() ? this.activities.findWithDetailsById(Long.valueOf(generated.group(1))).orElse(null)
				: null;
	}


	private boolean unchanged(Activity existing, ActivityDraft draft) {
		Map<String, String> before = ActivityService.snapshot(existing);
		Activity copy = new Activity(draft.plan(), null);
		copy.apply(draft, null);
		Map<String, String> after = ActivityService.snapshot(copy);
		return before.equals(after);
	}

	private String groupId(Plan plan, String text) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		Matcher numbered = NUMBERED_GROUP.matcher(value);
		Optional<CooperationGroup> group = numbered.matches()
				? plan.getGroups().stream().filter(g -> g.getNumber() == Integer.parseInt(numbered.group(1))).findFirst()
				: named(value, plan.getGroups(), g -> List.of(g.getNameVi(), g.getNameEn()));
		return group.map(g -> g.getId().toString()).orElse(null);
	}

	/** A department by name: the one already on the activity first, then the one in force in the plan year. */
	private String departmentId(String name, LocalDate day, Department current) {
		String value = blankToNull(name);
		if (value == null) {
			return null;
		}
		if (current != null && sameName(value, current.getNameVi())) {
			return current.getId().toString();
		}
		List<Department> candidates = day == null ? List.of() : this.departments.findValidOn(day);
		return named(value, candidates, d -> Arrays.asList(d.getNameVi(), d.getNameEn(), d.getCode()))
			.map(d -> d.getId().toString())
			.orElse(null);
	}

	private String provinceId(String name, LocalDate day, Activity existing) {
		if (existing != null) {
			for (Province partner : existing.getPartnerProvinces()) {
				if (sameName(name, partner.getNameVi())) {
					return partner.getId().toString();
				}
			}
		}
		List<Province> candidates = day == null ? List.of() : this.provinces.findValidOn(day);
		return candidates.stream()
			.filter(p -> sameName(name, p.getNameVi()) || sameName(name, p.getNameEn()) || sameName(name, p.getNameViFull()))
			.findFirst()
			.map(p -> p.getId().toString())
			.orElse(null);
	}

	/**
	 * A province merged away before the row's day is named with the unit it became ("Hà Giang" in an activity of
	 * August 2025 is Tuyên Quang's); any other name is unknown.
	 */
	private ImportCheck.CellError unknownProvince(String name, LocalDate day, int year, Locale locale) {
		List<Province> all = day == null ? List.of() : this.provinces.findFiltered(null, null);
		for (Province former : all) {
			if (former.getSuccessor() != null && former.getValidTo() != null && former.getValidTo().isBefore(day)
					&& (sameName(name, former.getNameVi()) || sameName(name, former.getNameEn())
							|| sameName(name, former.getNameViFull()))) {
				return error("partnerProvinceIds", "import.error.provinceMerged", locale, former.getNameVi(),
						FormValues.dayText(former.getValidTo().plusDays(1)), former.getSuccessor().getNameVi(),
						FormValues.dayText(day));
			}
		}
		for (Province later : all) {
			if (later.getValidFrom() != null && later.getValidFrom().isAfter(day) && (sameName(name, later.getNameVi())
					|| sameName(name, later.getNameEn()) || sameName(name, later.getNameViFull()))) {
				String before = predecessorsOnTheDay(all, later, day, Province::getSuccessor, Province::getNameVi,
						locale);
				return error("partnerProvinceIds", "import.error.provinceNotYet" + (before.isEmpty() ? "Alone" : ""),
						locale, later.getNameVi(), FormValues.dayText(later.getValidFrom()), FormValues.dayText(day),
						before);
			}
		}
		return error("partnerProvinceIds", "import.error.unknownProvince", locale, name, year);
	}

	/**
	 * A department reorganised before the row's day is named with the one doing its work on that day ("Sở Kế hoạch
	 * và Đầu tư" in an activity of June 2025 is the Sở Tài chính's); any other name is unknown.
	 */
	private ImportCheck.CellError unknownDepartment(String field, String name, LocalDate day, Locale locale) {
		String value = blankToNull(name);
		List<Department> all = day == null ? List.of() : this.departments.findAllOrdered();
		for (Department former : all) {
			if (former.getSuccessor() != null && former.getValidTo() != null && former.getValidTo().isBefore(day)
					&& (sameName(value, former.getNameVi()) || sameName(value, former.getNameEn())
							|| former.getCode().equalsIgnoreCase(value))) {
				return error(field, "import.error.departmentReorganised", locale, former.getNameVi(),
						FormValues.dayText(former.getValidTo().plusDays(1)), former.on(day).getNameVi(),
						FormValues.dayText(day));
			}
		}
		for (Department later : all) {
			if (later.getValidFrom() != null && later.getValidFrom().isAfter(day) && (sameName(value, later.getNameVi())
					|| sameName(value, later.getNameEn()) || later.getCode().equalsIgnoreCase(value))) {
				String before = predecessorsOnTheDay(all, later, day, Department::getSuccessor, Department::getNameVi,
						locale);
				return error(field, "import.error.departmentNotYet" + (before.isEmpty() ? "Alone" : ""), locale,
						later.getNameVi(), FormValues.dayText(later.getValidFrom()), FormValues.dayText(day), before);
			}
		}
		return error(field, "import.error.unknownDepartment", locale, name);
	}

	/**
	 * The units in force on {@code day} that became {@code later}, "A hoặc B" / "A or B"; empty for a unit formed
	 * anew.
	 */
	private <U extends RecordEntity & ValidPeriod> String predecessorsOnTheDay(List<U> all, U later, LocalDate day,
			Function<U, U> successor, Function<U, String> name, Locale locale) {
		return all.stream()
			.filter(unit -> successor.apply(unit) != null && later.getId().equals(successor.apply(unit).getId())
					&& unit.isValidOn(day))
			.map(name)
			.collect(Collectors.joining(this.messages.getMessage("import.error.or", null, locale)));
	}

	private String status(String text) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		for (ActivityStatus status : ActivityStatus.values()) {
			if (value.equalsIgnoreCase(status.name())) {
				return status.name();
			}
		}
		return named(value, List.of(ActivityStatus.values()),
				s -> List.of(this.messages.getMessage(s.messageKey(), null, Locale.forLanguageTag("vi")),
						this.messages.getMessage(s.messageKey(), null, Locale.ENGLISH)))
			.map(ActivityStatus::name)
			.orElse(value);
	}

	private static boolean yes(String text) {
		String value = blankToNull(text);
		return value != null && List.of("có", "co", "yes", "true", "x", "1").contains(value.toLowerCase(Locale.ROOT));
	}

	private static Integer parseYear(String text) {
		try {
			return text == null ? null : Integer.valueOf(text.strip().replaceAll("\\.0$", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static List<String> list(String text) {
		String value = blankToNull(text);
		if (value == null) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String part : value.split("[;\\n]")) {
			if (!part.isBlank()) {
				names.add(part.strip());
			}
		}
		return names;
	}

	/** Names match whatever the case, spacing or Unicode normalisation a spreadsheet gave them. */
	static boolean sameName(String a, String b) {
		if (a == null || b == null) {
			return false;
		}
		return normal(a).equals(normal(b));
	}

	static String normal(String text) {
		// Spreadsheets carry no-break spaces that strip() and \s leave: "Điện Biên" typed there is still Điện Biên.
		return SPACES.matcher(UnicodeSpaces.trim(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)))
			.replaceAll(" ")
			.toLowerCase(Locale.ROOT);
	}

	/**
	 * The candidate one of whose names the cell is; a cell typed without diacritics ("dang thuc hien", as on a
	 * keyboard without Vietnamese) also names the one candidate that reads so without them, never one of two.
	 */
	static <T> Optional<T> named(String cell, Collection<T> candidates, Function<T, List<String>> names) {
		Optional<T> same = candidates.stream()
			.filter(c -> names.apply(c).stream().anyMatch(name -> sameName(cell, name)))
			.findFirst();
		String typed = normal(cell);
		if (same.isPresent() || !unaccented(typed).equals(typed)) {
			return same;
		}
		List<T> alike = candidates.stream()
			.filter(c -> names.apply(c).stream().anyMatch(name -> name != null && unaccented(normal(name)).equals(typed)))
			.distinct()
			.toList();
		return alike.size() == 1 ? Optional.of(alike.get(0)) : Optional.empty();
	}

	/** The text without its diacritics, Vietnamese đ included (NFD leaves it a letter of its own). */
	static String unaccented(String text) {
		return MARKS.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD))
			.replaceAll("")
			.replace('đ', 'd')
			.replace('Đ', 'D');
	}

	private static String blankToNull(String text) {
		String trimmed = UnicodeSpaces.trim(text);
		return trimmed == null || trimmed.isEmpty() ? null : trimmed;
	}

	private ImportCheck.CellError error(String field, String code, Locale locale, Object... arguments) {
		Object[] texts = java.util.Arrays.stream(arguments).map(String::valueOf).toArray();
		return new ImportCheck.CellError(COLUMNS.get(field), this.messages.getMessage(code, texts, locale));
	}

	static Map<String, String> columns() {
		return new LinkedHashMap<>(COLUMNS);
	}

}
