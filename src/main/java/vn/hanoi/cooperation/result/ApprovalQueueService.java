package vn.hanoi.cooperation.result;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Approves several results in one request, each checked by {@link ResultService} exactly as if it were approved
 * alone from its page: one that is refused (locked year, changed meanwhile, no longer waiting) is reported with
 * its reason and changes nothing, while the others go through. The batch runs in one transaction; if another
 * request wrote one of its results meanwhile, it is approved again one result per transaction.
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

	/** @param picks "id:version" as the queue's checkboxes post them; anything else is ignored */
	Outcome approveAll(List<String> picks, Viewer viewer) {
		Map<Long, Long> versions = new LinkedHashMap<>();
		for (String pick : picks) {
			String[] parts = pick.split(":", 2);
			Optional<Long> id = FormValues.version(parts[0]);
			if (id.isPresent() && versions.size() < ApprovalQueue.PAGE) {
				versions.putIfAbsent(id.get(), parts.length < 2 ? -1L : FormValues.version(parts[1]).orElse(-1L));
			}
		}
		Map<Long, Refusal> refused;
		try {
			refused = this.results.approveEach(versions, viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			refused = oneByOne(versions, viewer);
		}
		List<Skipped> skipped = new ArrayList<>();
		refused.forEach((id, refusal) -> skipped
			.add(new Skipped(id, refusal == Refusal.HIDDEN ? "resultNotFound" : refusal.flashKey())));
		return new Outcome(versions.size() - skipped.size(), List.copyOf(skipped));
	}

	private Map<Long, Refusal> oneByOne(Map<Long, Long> versions, Viewer viewer) {
		Map<Long, Refusal> refused = new LinkedHashMap<>();
		versions.forEach((id, version) -> {
			try {
				this.results.approve(id, version, viewer).ifPresent(refusal -> refused.put(id, refusal));
			}
			catch (NotFoundException ex) {
				refused.put(id, Refusal.HIDDEN);
			}
			catch (OptimisticLockingFailureException ex) {
				refused.put(id, Refusal.CHANGED);
			}
		});
		return refused;
	}

}
