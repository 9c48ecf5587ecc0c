package vn.hanoi.cooperation.result;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Approves several results in one request. Each goes through {@link ResultService#approve} in its own transaction,
 * exactly as if it were approved alone from its page, so one that is refused (locked year, changed meanwhile, no
 * longer waiting) is reported with its reason and changes nothing, while the others go through.
 */
@Service
class ApprovalQueueService {

	/** A result that was not approved, and the flash key of why. */
	record Skipped(long id, String reason) implements Serializable {
	}

	record Outcome(int approved, List<Skipped> skipped) {
	}

	private final ResultService results;

	ApprovalQueueService(ResultService results) {
		this.results = results;
	}

	/** @param picks "id:version" as the queue's checkboxes post them; others are ignored */
	Outcome approveAll(List<String> picks, Viewer viewer) {
		int approved = 0;
		List<Skipped> skipped = new ArrayList<>();
		for (String pick : picks.stream().distinct().limit(ApprovalQueue.PAGE).toList()) {
			String[] parts = pick.split(":", 2);
			Optional<Long> id = FormValues.version(parts[0]);
			long version = parts.length < 2 ? -1 : FormValues.version(parts[1]).orElse(-1L);
			if (id.isEmpty()) {
				continue;
			}
			Optional<Refusal> refusal;
			try {
				refusal = this.results.approve(id.get(), version, viewer);
			}
			catch (NotFoundException ex) {
				// Deleted meanwhile, or never the viewer's: said as "not found", nothing more.
				skipped.add(new Skipped(id.get(), "resultNotFound"));
				continue;
			}
			catch (OptimisticLockingFailureException ex) {
				refusal = Optional.of(Refusal.CHANGED);
			}
			if (refusal.isPresent()) {
				skipped.add(new Skipped(id.get(), refusal.get().flashKey()));
			}
			else {
				approved++;
			}
		}
		return new Outcome(approved, List.copyOf(skipped));
	}

}
