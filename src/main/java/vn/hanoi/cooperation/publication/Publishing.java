package vn.hanoi.cooperation.publication;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * The coordinator publishes an indicator's approved city figure of a year, or withdraws it. Only the coordinator,
 * who approves the results, decides what the city publishes; for everyone else these pages do not exist (404).
 */
@Service
class Publishing {

	/** What a publish or withdraw request did, as the flash message key says it. */
	enum Outcome {

		PUBLISHED("figurePublished"), REPUBLISHED("figureRepublished"), ALREADY_PUBLISHED("figureAlreadyPublished"),
		NOT_APPROVED("figureNotApproved"), CHANGED_SINCE_SHOWN("figureChangedSinceShown"),
		DISPUTED_SINCE_SHOWN("figureDisputedSinceShown"), DISPUTE_ENDED_SINCE_SHOWN("figureDisputeEndedSinceShown"),
		PAGE_OUT_OF_DATE("figurePageOutOfDate"), WITHDRAWN("figureWithdrawn"), NOT_PUBLISHED("figureNotPublished");

		/** Nothing was published: the coordinator is told why and sees the page again. */
		boolean refused() {
			return this == NOT_APPROVED || this == CHANGED_SINCE_SHOWN || this == DISPUTED_SINCE_SHOWN
					|| this == DISPUTE_ENDED_SINCE_SHOWN || this == PAGE_OUT_OF_DATE;
		}

		final String message;

		Outcome(String message) {
			this.message = message;
		}

	}

	private final PublishedFigures figures;

	private final Clock clock;

	Publishing(PublishedFigures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	static void requireCoordinator(Viewer viewer) {
		if (!viewer.is(Role.COORDINATOR)) {
			throw new NotFoundException();
		}
	}

	@Transactional(readOnly = true)
	List<PublicationRow> rows(int year, Viewer viewer) {
		requireCoordinator(viewer);
		return this.figures.rows(year, viewer);
	}

	/**
	 * Publishes the approved figure the coordinator saw ({@code shown}, as {@link #shown} wrote it on the page); a
	 * published figure that has changed since is replaced. When a result was approved or returned after the page was
	 * shown, or a partner province disputed it since, nothing is published: the public would read a figure nobody
	 * looked at, or one the coordinator did not know was disputed.
	 */
	@Transactional
	Outcome publish(long indicatorId, int year, String shown, Viewer viewer) {
		requireCoordinator(viewer);
		if (!this.figures.lockIndicator(indicatorId)) {
			throw new NotFoundException();
		}
		Optional<PublishedFigures.Approved> approved = this.figures.approved(indicatorId, year, viewer);
		if (approved.isEmpty()) {
			return Outcome.NOT_APPROVED;
		}
		if (shown.isBlank()) {
			// A page from before the form carried its figure: whether the figure changed cannot be told.
			return Outcome.PAGE_OUT_OF_DATE;
		}
		if (!shown(approved.get()).equals(shown)) {
			PublishedFigures.Approved otherMark = withDispute(approved.get(), !approved.get().disputed());
			if (shown(otherMark).equals(shown)) {
				return approved.get().disputed() ? Outcome.DISPUTED_SINCE_SHOWN : Outcome.DISPUTE_ENDED_SINCE_SHOWN;
			}
			return Outcome.CHANGED_SINCE_SHOWN;
		}
		Optional<PublishedFigures.Approved> current = this.figures.current(indicatorId, year);
		if (current.isPresent() && same(current.get(), approved.get())) {
			return Outcome.ALREADY_PUBLISHED;
		}
		var now = this.clock.instant();
		if (current.isPresent()) {
			this.figures.withdraw(indicatorId, year, viewer.accountId(), now);
		}
		this.figures.publish(indicatorId, year, approved.get(), viewer.accountId(), now);
		return current.isPresent() ? Outcome.REPUBLISHED : Outcome.PUBLISHED;
	}

	@Transactional
	Outcome withdraw(long indicatorId, int year, Viewer viewer) {
		requireCoordinator(viewer);
		if (!this.figures.lockIndicator(indicatorId)) {
			throw new NotFoundException();
		}
		return this.figures.withdraw(indicatorId, year, viewer.accountId(), this.clock.instant()) ? Outcome.WITHDRAWN
				: Outcome.NOT_PUBLISHED;
	}

	/**
	 * An approved figure as the publish form carries it: equal figures give equal text (310000 and 310000.00), and the
	 * page's "disputed" mark is part of what was shown.
	 */
	static String shown(PublishedFigures.Approved figure) {
		return plain(figure.actual()) + "/" + plain(figure.target()) + (figure.lowerBound() ? "/over" : "")
				+ (figure.disputed() ? "/disputed" : "");
	}

	/** The same figure as the page showed it with the other dispute mark. */
	private static PublishedFigures.Approved withDispute(PublishedFigures.Approved figure, boolean disputed) {
		return new PublishedFigures.Approved(figure.target(), figure.actual(), figure.lowerBound(), disputed);
	}

	private static String plain(BigDecimal figure) {
		return figure == null ? "" : figure.stripTrailingZeros().toPlainString();
	}

	/** The same figure with the same dispute mark: one disputed since it was published is published again. */
	private static boolean same(PublishedFigures.Approved a, PublishedFigures.Approved b) {
		return a.lowerBound() == b.lowerBound() && a.disputed() == b.disputed() && a.actual().compareTo(b.actual()) == 0
				&& (a.target() == null ? b.target() == null : b.target() != null && a.target().compareTo(b.target()) == 0);
	}

}
