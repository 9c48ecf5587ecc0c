package vn.hanoi.cooperation.account;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account check every page makes is one statement per request, however many parts of the request ask (the
 * session filter, then the password form showing whether the change is forced), and never kept beyond it.
 */
@PortalTest
class SessionStatesTest {

	@Autowired
	SessionStates states;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aRequestReadsItsAccountOnceAndAnotherRequestReadsItAgain() {
		Long leader = this.accounts.principal(Role.LEADER).getAccountId();
		Long staff = this.accounts.principal(Role.STAFF).getAccountId();
		AtomicReference<Optional<SessionState>> second = new AtomicReference<>();

		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		assertThat(SqlStatements.countDuring(() -> {
			this.states.of(leader);
			second.set(this.states.of(leader));
		})).as("the filter's and the page's check of one account in one request").isEqualTo(1);
		assertThat(second.get()).hasValueSatisfying(state -> assertThat(state.enabled()).isTrue());
		assertThat(SqlStatements.countDuring(() -> this.states.of(staff))).as("another account").isEqualTo(1);

		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		assertThat(SqlStatements.countDuring(() -> this.states.of(leader))).as("the next request").isEqualTo(1);
	}

	@Test
	void outsideARequestEveryCheckReads() {
		Long leader = this.accounts.principal(Role.LEADER).getAccountId();
		assertThat(SqlStatements.countDuring(() -> {
			this.states.of(leader);
			this.states.of(leader);
		})).isEqualTo(2);
	}

}
