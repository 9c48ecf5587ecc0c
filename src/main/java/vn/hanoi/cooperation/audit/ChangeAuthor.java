package vn.hanoi.cooperation.audit;

/** Who made a change, as the change log keeps them; the logged-in viewer is one. */
public interface ChangeAuthor {

	Long accountId();

	String displayName();

}
