package vn.hanoi.cooperation.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.province.UnitNames;
import vn.hanoi.cooperation.result.ReportingYear;
import vn.hanoi.cooperation.system.DisplayFormats;
import vn.hanoi.cooperation.system.SqlValues;

import static vn.hanoi.cooperation.system.SqlValues.idsForIn;

/**
 * Each person's waiting work, by role: one statement per section for the page, one for the menu's count, however
 * many records there are. Staff see only their department's (and its predecessors') work, a province officer only
 * their province's.
 */
@Service
public class Inbox {

	/** Items shown per section; the section says how many there are in all. */
	static final int SHOWN = 10;

	/** How long "newly shared" and "recent answers" last, and a leader's first digest reaches back. */
	static final Duration RECENT = Duration.ofDays(30);

	private final JdbcClient jdbc;

	private final InboxVisits visits;

	private final Clock clock;

	private final MessageSource messages;

	private final ReportingYear reportingYear;

	private final DisplayFormats formats;

	Inbox(JdbcClient jdbc, InboxVisits visits, Clock clock, MessageSource messages, ReportingYear reportingYear,
			DisplayFormats formats) {
		this.formats = formats;
		this.jdbc = jdbc;
		this.visits = visits;
		this.clock = clock;
		this.messages = messages;
		this.reportingYear = reportingYear;
	}

	/** The viewer's sections; a leader's visit is recorded and the digest reaches back to the visit before. */
	@Transactional
	public List<InboxSection> sectionsOf(Viewer viewer) {
		Map<String, Object> parameters = parameters(viewer);
		if (viewer.is(Role.LEADER)) {
			Instant now = this.clock.instant();
			Instant since = this.visits.visit(viewer.accountId(), now).orElse(now.minus(RECENT));
			parameters.put("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
		}
		Integer year = (Integer) parameters.get("year");
		List<InboxSection> sections = new ArrayList<>();
		for (InboxQuery query : queriesOf(viewer.role())) {
			int[] total = { 0 };
			List<InboxSection.YearLink> byYear = new ArrayList<>();
			List<InboxItem> items = this.jdbc.sql(query.select() + " limit :shown")
				.params(parameters)
				.param("shown", SHOWN)
				.query((rs, n) -> {
					total[0] = rs.getInt("total");
					if (n == 0) {
						byYear.addAll(query.moreByYear(query.moreOfYear() == null ? null : rs.getString("years")));
					}
					Integer first = rs.getObject("first", Integer.class);
					return new InboxItem(query.link(rs.getLong("id"), first, year), rs.getString("title_vi"),
							rs.getString("title_en"), rs.getString("detail_vi"), rs.getString("detail_en"),
							SqlValues.instant(rs, "at"), rs.getObject("day", LocalDate.class), first,
							rs.getObject("second", Integer.class));
				})
				.list();
			// The rest of a section is reached from it only when it shows less than it counts.
			sections.add(new InboxSection(query.key(), total[0], items, query.more(year),
					total[0] > items.size() ? byYear : List.of()));
		}
		return sections;
	}

	/** How many items wait for the viewer (a leader: changes since the current visit), in one statement. */
	@Transactional(readOnly = true)
	public int count(Viewer viewer) {
		List<InboxQuery> queries = queriesOf(viewer.role());
		if (queries.isEmpty()) {
			return 0;
		}
		String sql = "select " + queries.stream()
			.map(q -> "(select count(*) from (" + q.select() + ") s)")
			.collect(Collectors.joining(" + "))
			.replace(":since", "(select coalesce(max(v.last_visit_at), cast(:recent as timestamptz)) "
					+ "from inbox_visits v where v.account_id = :account)");
		Map<String, Object> parameters = parameters(viewer);
		parameters.put("account", viewer.accountId());
		return this.jdbc.sql(sql).params(parameters).query(Integer.class).single();
	}

	/** The reporting year of today (see {@link ReportingYear}). */
	@Transactional(readOnly = true)
	public Integer reportingYear() {
		return this.reportingYear.today();
	}

	private Map<String, Object> parameters(Viewer viewer) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("departments", idsForIn(viewer.departmentLineage()));
		parameters.put("provinces", idsForIn(viewer.provinceLineage()));
		parameters.putAll(ReadScope.of(viewer).parameters());
		parameters.put("today", LocalDate.now(this.clock));
		parameters.put("recent", java.sql.Timestamp.from(this.clock.instant().minus(RECENT)));
		Integer year = reportingYear();
		parameters.put("year", year == null ? -1 : year);
		// The titles are written in both languages in SQL, a former unit marked as the pages mark it.
		parameters.putAll(UnitNames.parameters(this.messages, this.formats));
		return parameters;
	}

	private static List<InboxQuery> queriesOf(Role role) {
		return switch (role) {
			case STAFF -> InboxQueries.STAFF;
			case COORDINATOR -> InboxQueries.COORDINATOR;
			case PROVINCE -> InboxQueries.PROVINCE;
			case LEADER -> InboxQueries.LEADER;
			case ADMIN -> List.of();
		};
	}

}
