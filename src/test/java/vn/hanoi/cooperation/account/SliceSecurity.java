package vn.hanoi.cooperation.account;

import java.util.Optional;
import java.util.Set;

import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.cooperation.CooperationPortalApplication;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.province.Province;

import static org.mockito.ArgumentMatchers.any;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The portal's real security chain for a {@link vn.hanoi.cooperation.WebSliceTest}: {@link SecurityConfiguration} with
 * every feature's {@link AccessRules}, for signed-in users whose account is enabled. Merged units are the database's
 * business ({@code @PortalTest}s): here a viewer's lineage is their own unit.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
@ComponentScan(basePackageClasses = CooperationPortalApplication.class, useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AccessRules.class))
public class SliceSecurity {

	@Bean
	SessionStates sessionStates() {
		SessionStates states = Mockito.mock(SessionStates.class);
		// The account as the slice's signed-in principal has it: a slice has no accounts table.
		Mockito.when(states.of(any()))
			.thenAnswer(call -> Optional.of(new SessionState(true, null, false, ((PortalUser) SecurityContextHolder
				.getContext()
				.getAuthentication()
				.getPrincipal()).getDisplayName())));
		return states;
	}

	@Bean
	LoginThrottle loginThrottle() {
		return Mockito.mock(LoginThrottle.class);
	}

	/** Names no account: a refused login in a slice is logged as an unknown username. */
	@Bean
	Accounts accounts() {
		return Mockito.mock(Accounts.class);
	}

	@Bean
	AccountDetailsService accountDetailsService() {
		return Mockito.mock(AccountDetailsService.class);
	}

	@Bean
	Viewers viewers() {
		return new Viewers(null, null) {
			@Override
			public Viewer of(PortalUser user) {
				return new Viewer(user.getAccountId(), user.getDisplayName(), user.getRole(), user.getDepartmentId(),
						user.getDepartmentId() == null ? Set.of() : Set.of(user.getDepartmentId()),
						user.getProvinceId(), user.getProvinceId() == null ? Set.of() : Set.of(user.getProvinceId()));
			}
		};
	}

	/** Signed in as a staff officer of the department. */
	public static RequestPostProcessor staffOf(Department department) {
		return as(Account.staff("slice.staff", "Cán bộ thử", "-", department), 11L);
	}

	/** Signed in as a province officer of the unit. */
	public static RequestPostProcessor provinceOf(Province province) {
		return as(Account.province("slice.province", "Cán bộ tỉnh", "-", province), 12L);
	}

	/** Signed in with a role bound to no unit (coordinator, leader, administrator). */
	public static RequestPostProcessor as(Role role) {
		return as(Account.of(role, "slice." + role.name().toLowerCase(), "Người dùng thử", "-"), 10L + role.ordinal());
	}

	private static RequestPostProcessor as(Account account, long id) {
		ReflectionTestUtils.setField(account, "id", id);
		return user(new PortalUser(account));
	}

}
