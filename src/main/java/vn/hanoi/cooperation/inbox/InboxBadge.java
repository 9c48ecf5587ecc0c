package vn.hanoi.cooperation.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityAttention;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.ReadCache;

/**
 * The menu's count beside "My work": what waits for the viewer, staff's activities needing attention included.
 * Counting reads every section of the inbox, so the count is kept per person until a subject it reads changes
 * (one statement for the data version on a page instead of three counts); the windows "in the last 30 days" and
 * "silent for 60 days" move on with the cache's time to live. Read only when the layout shows it: a redirect, a
 * download or an API call never asks.
 */
@ControllerAdvice
class InboxBadge {

	private static final long MAX_ENTRIES = 5_000;

	private final Inbox inbox;

	private final ActivityAttention attention;

	private final DataVersion versions;

	private final Clock clock;

	private final ReadCache<Key, Long> counts = new ReadCache<>(MAX_ENTRIES);

	InboxBadge(Inbox inbox, ActivityAttention attention, DataVersion versions, Clock clock) {
		this.inbox = inbox;
		this.attention = attention;
		this.versions = versions;
		this.clock = clock;
	}

	@ModelAttribute("inboxCount")
	LazyContextVariable<Long> inboxCount(Viewer viewer) {
		return new LazyContextVariable<>() {
			@Override
			protected Long loadValue() {
				return viewer == null || viewer.is(Role.ADMIN) ? null : kept(viewer);
			}
		};
	}

	private Long kept(Viewer viewer) {
		Key key = new Key(viewer.accountId(), viewer.role(), viewer.departmentLineage(), viewer.provinceLineage(),
				LocalDate.now(this.clock), this.versions.of(subjectsOf(viewer)));
		return this.counts.get(key, k -> count(viewer));
	}

	private long count(Viewer viewer) {
		long count = this.inbox.count(viewer);
		return viewer.is(Role.STAFF) ? count + this.attention.count(viewer) : count;
	}

	/** The subjects whose records the viewer's sections read (see {@link InboxQueries}). */
	private static List<String> subjectsOf(Viewer viewer) {
		List<String> subjects = new ArrayList<>(List.of(DataVersion.INBOX, DataVersion.RESULTS));
		switch (viewer.role()) {
			case STAFF -> subjects.addAll(viewer.departmentLineage().stream().map(DataVersion::department).toList());
			case COORDINATOR -> subjects.add(DataVersion.AGREEMENTS);
			case PROVINCE -> {
				subjects.add(DataVersion.AGREEMENTS);
				subjects.addAll(DataVersion.provinces(viewer.provinceLineage()));
			}
			case LEADER -> subjects.addAll(List.of(DataVersion.AGREEMENTS, DataVersion.ACTIVITY_FIGURES));
			case ADMIN -> {
			}
		}
		return subjects;
	}

	/** Whose count, seen through which units, on which day, under which version of what it reads. */
	private record Key(Long account, Role role, Set<Long> departments, Set<Long> provinces, LocalDate day,
			long version) {
	}

}
