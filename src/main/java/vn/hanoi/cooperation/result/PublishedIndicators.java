package vn.hanoi.cooperation.result;

/**
 * Whether an indicator has a figure on the public page, answered by the module that publishes figures
 * ({@code publication}, which uses this one and so cannot be asked directly). A published figure keeps the unit
 * and aggregation it was published in, even once the results it was taken from are gone.
 */
public interface PublishedIndicators {

	/** Whether a figure of the indicator is on the public page now (published and not withdrawn). */
	boolean hasPublishedFigure(long indicatorId);

}
