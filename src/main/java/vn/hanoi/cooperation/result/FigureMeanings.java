package vn.hanoi.cooperation.result;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What indicators' figures mean now, read for a save with the indicators' rows held (shared) until it ends. An edit
 * of an indicator holds its row for update ({@link Indicators#holdForEdit}) before it changes the unit or the
 * aggregation, so the edit comes wholly before the save (which then sees the new meaning) or after it (and then
 * finds the figure saved, and keeps the unit). Saves do not wait for each other.
 */
@Repository
class FigureMeanings {

	/** An indicator's unit, with a count's noun, and how its figures add up, as they are now. */
	record Now(UnitOfMeasure unit, Aggregation aggregation) {
	}

	private final JdbcClient jdbc;

	FigureMeanings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The indicators' meanings now, their rows held; in id order, so that saves and edits never wait in a circle. */
	Map<Long, Now> hold(Collection<Long> indicatorIds) {
		Map<Long, Now> now = new LinkedHashMap<>();
		if (indicatorIds.isEmpty()) {
			return now;
		}
		this.jdbc.sql("""
				select id, unit, aggregation, count_noun_vi, count_noun_en from indicators
				 where id in (:ids) order by id for share""")
			.param("ids", indicatorIds)
			.query(rs -> {
				now.put(rs.getLong("id"), new Now(new UnitOfMeasure(IndicatorUnit.valueOf(rs.getString("unit")),
						rs.getString("count_noun_vi"), rs.getString("count_noun_en")),
						Aggregation.valueOf(rs.getString("aggregation"))));
			});
		return now;
	}

	/**
	 * Refuses the draft, before anything is written, when its indicator means something else than the form showed;
	 * a form that did not say what it showed (loaded before forms carried it) is saved as before.
	 */
	void requireAsShown(ResultDraft draft) {
		FigureMeaning shown = draft.meaningShown();
		if (shown == null) {
			return;
		}
		Now now = hold(List.of(draft.indicator().getId())).get(draft.indicator().getId());
		if (now != null) {
			shown.changeTo(now.unit(), now.aggregation()).ifPresent(reason -> {
				throw new FigureMeaningChanged(reason);
			});
		}
	}

}
