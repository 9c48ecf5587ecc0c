package vn.hanoi.cooperation.system;

import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;

/**
 * An edit form sent from a version someone else has saved over since: the form comes back with a notice
 * (fragments/conflict :: savedMeanwhile) and the user's input over the current version, so sending it again saves
 * it. For records whose changes no log keeps; the others list the changes (fragments/conflict :: notice).
 */
public final class SavedMeanwhile {

	/** The model attribute that shows the notice. */
	public static final String ATTRIBUTE = "savedMeanwhile";

	private SavedMeanwhile() {
	}

	/**
	 * The record the write returns or, when it was refused as a conflict (a service that found another version, or
	 * a race caught by {@code @Version}), the record as it is now, with the model's {@code form} carrying the input
	 * over its version.
	 */
	public static <T extends RecordEntity> T write(Supplier<T> write, Supplier<T> current,
			LongFunction<Object> formOverVersion, Model model) {
		try {
			return write.get();
		}
		catch (OptimisticLockingFailureException ex) {
			T now = current.get();
			model.addAttribute(ATTRIBUTE, true);
			model.addAttribute("form", formOverVersion.apply(now.getVersion()));
			return now;
		}
	}

	/** Whether the write was refused: the form is to be shown again. */
	public static boolean happened(Model model) {
		return model.containsAttribute(ATTRIBUTE);
	}

}
