package vn.hanoi.cooperation;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are application modules: no cycles between them and no reach into another module's
 * internals. Reads the compiled classes only, no Spring context.
 */
class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(CooperationPortalApplication.class);

	@Test
	void modulesDependOnEachOtherWithoutCycles() {
		MODULES.verify();
	}

}
