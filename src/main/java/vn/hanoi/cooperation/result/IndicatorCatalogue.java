package vn.hanoi.cooperation.result;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.system.NotFoundException;

/** Writes the indicator catalogue. */
@Service
class IndicatorCatalogue {

	private final Indicators indicators;

	private final IndicatorFormValidator validator;

	IndicatorCatalogue(Indicators indicators, IndicatorFormValidator validator) {
		this.indicators = indicators;
		this.validator = validator;
	}

	@Transactional
	Indicator create(IndicatorDraft draft) {
		return this.indicators.save(new Indicator(draft));
	}

	/**
	 * Applies the form to the version the user edited, or leaves the errors next to their fields; a save since then
	 * fails as a conflict. The form is checked with the indicator's row held, as publishing holds it: a figure
	 * published while the form was sent is seen before the unit or aggregation can change under it.
	 */
	@Transactional
	boolean update(Long id, long version, IndicatorForm form, Errors errors) {
		this.indicators.holdForEdit(id).orElseThrow(NotFoundException::new);
		Indicator indicator = this.indicators.findById(id).orElseThrow(NotFoundException::new);
		if (indicator.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Indicator.class, id);
		}
		return this.validator.validate(form, indicator, errors).map(draft -> {
			indicator.apply(draft);
			return true;
		}).orElse(false);
	}

}
