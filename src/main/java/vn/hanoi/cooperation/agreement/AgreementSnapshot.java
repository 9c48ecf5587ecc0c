package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.system.HistoryNames;

/**
 * An agreement's fields as its history shows them (field → value, named as {@code agreement.field.*}); the kind and
 * sharing are kept as codes and translated on display, and provinces are named as {@link HistoryNames} says.
 */
final class AgreementSnapshot {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private AgreementSnapshot() {
	}

	static Map<String, String> of(Agreement agreement) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("kind", agreement.getKind() == null ? null : agreement.getKind().name());
		values.put("documentNumber", agreement.getDocumentNumber());
		values.put("title", agreement.getTitle());
		values.put("provinces", names(agreement.getProvinces().stream().map(HistoryNames::of).toList()));
		values.put("signedOn", day(agreement.getSignedOn()));
		values.put("validFrom", day(agreement.getValidFrom()));
		values.put("validTo", day(agreement.getValidTo()));
		values.put("hanoiSignatoryName", agreement.getHanoiSignatoryName());
		values.put("hanoiSignatoryTitle", agreement.getHanoiSignatoryTitle());
		values.put("provinceSignatoryName", agreement.getProvinceSignatoryName());
		values.put("provinceSignatoryTitle", agreement.getProvinceSignatoryTitle());
		values.put("groups", names(agreement.getGroups().stream().map(AgreementSnapshot::group).toList()));
		values.put("summary", agreement.getSummary());
		values.put("sharedWithProvinces", String.valueOf(agreement.isSharedWithProvinces()));
		values.put("terminatedOn", day(agreement.getTerminatedOn()));
		values.put("terminationReason", agreement.getTerminationReason());
		values.replaceAll((k, v) -> v == null || v.isEmpty() ? null : v);
		return values;
	}

	private static String group(CooperationGroup group) {
		return group.getNumber() + ". " + group.getNameVi();
	}

	private static String names(List<String> names) {
		return names.isEmpty() ? null : String.join(", ", names);
	}

	private static String day(LocalDate day) {
		return day == null ? null : DAY.format(day);
	}

}
