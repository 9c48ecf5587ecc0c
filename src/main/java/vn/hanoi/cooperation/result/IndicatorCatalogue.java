package vn.hanoi.cooperation.result;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.system.NotFoundException;

/** Writes the indicator catalogue. */
@Service
class IndicatorCatalogue {

	private final Indicators indicators;

	IndicatorCatalogue(Indicators indicators) {
		this.indicators = indicators;
	}

	@Transactional
	Indicator create(IndicatorDraft draft) {
		return this.indicators.save(new Indicator(draft));
	}

	/** Applies the draft to the version the user edited; a save since then fails as a conflict. */
	@Transactional
	void update(Long id, long version, IndicatorDraft draft) {
		Indicator indicator = this.indicators.findById(id).orElseThrow(NotFoundException::new);
		if (indicator.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Indicator.class, id);
		}
		indicator.apply(draft);
	}

}
