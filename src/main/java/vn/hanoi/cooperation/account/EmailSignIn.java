package vn.hanoi.cooperation.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether single sign-on recognises people by their e-mail address ({@code portal.sso.match-claim=email}): an
 * account's address is then what opens it, so no two accounts share one and only administrators set it.
 */
@Component
public class EmailSignIn {

	private final boolean active;

	@Autowired
	EmailSignIn(ObjectProvider<SingleSignOn> singleSignOn) {
		this(singleSignOn.stream().anyMatch(SingleSignOn::matchesByEmail));
	}

	EmailSignIn(boolean active) {
		this.active = active;
	}

	public boolean active() {
		return this.active;
	}

}
