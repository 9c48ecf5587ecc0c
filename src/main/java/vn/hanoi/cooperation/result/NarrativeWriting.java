package vn.hanoi.cooperation.result;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.system.FormValues;

/** Writes a group's yearly narrative, in the same transaction as the check that its year is not locked. */
@Service
class NarrativeWriting {

	enum Outcome {

		SAVED, LOCKED, INVALID,

		/** Someone saved the narrative since the form's version: nothing written. */
		CHANGED_MEANWHILE

	}

	private final GroupYearNarratives narratives;

	private final YearLocks locks;

	NarrativeWriting(GroupYearNarratives narratives, YearLocks locks) {
		this.narratives = narratives;
		this.locks = locks;
	}

	@Transactional
	Outcome write(CooperationGroup group, int year, NarrativeForm form, Viewer viewer, Errors errors) {
		if (this.locks.isLockedForWrite(year)) {
			return Outcome.LOCKED;
		}
		Optional<GroupYearNarrative> existing = this.narratives.findByGroupIdAndYear(group.getId(), year);
		long expected = existing.map(GroupYearNarrative::getVersion).orElse(-1L);
		if (FormValues.version(form.version()).orElse(-1L) != expected) {
			return Outcome.CHANGED_MEANWHILE;
		}
		String achievements = text(form.achievements(), "achievements", errors);
		String difficulties = text(form.difficulties(), "difficulties", errors);
		String proposals = text(form.proposals(), "proposals", errors);
		if (errors.hasErrors()) {
			return Outcome.INVALID;
		}
		GroupYearNarrative narrative = existing.orElseGet(() -> new GroupYearNarrative(group, year));
		narrative.write(achievements, difficulties, proposals, viewer.accountId(), viewer.displayName());
		this.narratives.saveAndFlush(narrative);
		return Outcome.SAVED;
	}

	@Transactional(readOnly = true)
	Optional<GroupYearNarrative> find(CooperationGroup group, int year) {
		return this.narratives.findByGroupIdAndYear(group.getId(), year);
	}

	private static String text(String value, String field, Errors errors) {
		String text = ResultFormValidator.trim(value);
		if (text != null && text.length() > NarrativeForm.MAX) {
			errors.rejectValue(field, "result.error.tooLong", new Object[] { NarrativeForm.MAX }, null);
		}
		return text;
	}

}
