package vn.hanoi.cooperation.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the account behind a login. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		// Nothing shaped unlike a username reaches the database (a NUL byte would make PostgreSQL fail).
		String name = username == null ? "" : username.strip();
		if (!name.matches(Account.USERNAME_SHAPE)) {
			throw new UsernameNotFoundException("No account");
		}
		return this.accounts.findByUsername(name)
			.map(PortalUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

}
