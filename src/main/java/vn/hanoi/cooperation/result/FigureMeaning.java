package vn.hanoi.cooperation.result;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a figure of an indicator means beyond its number: the unit it counts in and how it adds up. A page that
 * takes figures carries the meaning of each indicator it shows ({@link #marker}), and a save refuses a figure whose
 * indicator has come to mean something else since: 12 typed as persons are not saved as 12 tonnes.
 */
record FigureMeaning(IndicatorUnit unit, Aggregation aggregation) {

	static FigureMeaning of(Indicator indicator) {
		return new FigureMeaning(indicator.getUnit(), indicator.getAggregation());
	}

	/** The hidden field's text for the indicators a page shows: "12:PERSON_TIMES:SUM 13:TONNE:SUM". */
	static String marker(Collection<Indicator> shown) {
		return shown.stream()
			.distinct()
			.map(i -> i.getId() + ":" + i.getUnit().name() + ":" + i.getAggregation().name())
			.collect(Collectors.joining(" "));
	}

	/**
	 * What the marker says the indicator was shown as; empty when it does not say: a page loaded before pages carried
	 * one, an indicator the page did not show, or text {@link #marker} did not write.
	 */
	static Optional<FigureMeaning> shownFor(String marker, Long indicatorId) {
		if (marker == null || indicatorId == null) {
			return Optional.empty();
		}
		String prefix = indicatorId + ":";
		for (String shown : marker.strip().split("\\s+")) {
			String[] parts = shown.split(":");
			if (shown.startsWith(prefix) && parts.length == 3) {
				try {
					return Optional.of(new FigureMeaning(IndicatorUnit.valueOf(parts[1]), Aggregation.valueOf(parts[2])));
				}
				catch (IllegalArgumentException ex) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Why a figure typed under this meaning is not saved under the one now, naming both in the reader's language;
	 * empty when they agree.
	 */
	Optional<MessageSourceResolvable> changeTo(UnitOfMeasure unitNow, Aggregation aggregationNow) {
		return changeTo(unitNow, aggregationNow, "");
	}

	/**
	 * As {@link #changeTo(UnitOfMeasure, Aggregation)} for a figure typed into a workbook downloaded under this
	 * meaning: sending the same file again cannot help, so the reason asks for the workbook to be downloaded again.
	 */
	Optional<MessageSourceResolvable> changeSinceDownloadTo(UnitOfMeasure unitNow, Aggregation aggregationNow) {
		return changeTo(unitNow, aggregationNow, "SinceDownload");
	}

	private Optional<MessageSourceResolvable> changeTo(UnitOfMeasure unitNow, Aggregation aggregationNow,
			String keySuffix) {
		boolean unitChanged = this.unit != unitNow.kind();
		boolean aggregationChanged = this.aggregation != aggregationNow;
		// A count's noun is not in the marker: one that was a count is named as such.
		Object[] units = { unitNow.word(), new UnitOfMeasure(this.unit, null, null).word() };
		Object[] aggregations = { new DefaultMessageSourceResolvable(aggregationNow.messageKey()),
				new DefaultMessageSourceResolvable(this.aggregation.messageKey()) };
		if (unitChanged && aggregationChanged) {
			return Optional.of(new DefaultMessageSourceResolvable(
					new String[] { "result.error.unitAndAggregationChanged" + keySuffix },
					new Object[] { units[0], units[1], aggregations[0], aggregations[1] }));
		}
		if (unitChanged || aggregationChanged) {
			String key = unitChanged ? "result.error.unitChanged" : "result.error.aggregationChanged";
			return Optional.of(new DefaultMessageSourceResolvable(new String[] { key + keySuffix },
					unitChanged ? units : aggregations));
		}
		return Optional.empty();
	}

}
