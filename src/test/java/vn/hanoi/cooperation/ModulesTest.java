package vn.hanoi.cooperation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages are application modules: no cycles between them and no reach into another module's
 * internals. Reads the compiled classes only, no Spring context.
 */
class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(CooperationPortalApplication.class);

	/**
	 * The allowed directions, lowest first (the README's "Modules" section): a module uses modules of its own layer
	 * or below, never above; verify() keeps the same layer free of cycles.
	 */
	static final List<Set<String>> LAYERS = List.of(Set.of("system"),
			Set.of("plan", "group", "department", "province", "audit", "document"),
			Set.of("account"),
			Set.of("agreement", "activity", "result"),
			Set.of("dashboard", "report", "home", "inbox", "notification", "imports", "publication", "api"));

	@Test
	void modulesDependOnEachOtherWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void everyModuleDependsOnlyOnItsOwnLayerOrBelow() {
		MODULES.forEach(module -> {
			int layer = layerOf(module.getName());
			assertThat(module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName))
				.as("modules that %s uses", module.getName())
				.allSatisfy(used -> assertThat(layerOf(used)).as(module.getName() + " → " + used)
					.isLessThanOrEqualTo(layer));
		});
	}

	/** The module canvases and diagrams go to target/spring-modulith-docs, never into the repository. */
	@Test
	void writesTheModuleDocumentationIntoTarget() throws Exception {
		Documenter documenter = new Documenter(MODULES,
				Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"));
		documenter.writeDocumentation();
		String components = Files.readString(Path.of("target/spring-modulith-docs/components.puml"));
		MODULES.forEach(module -> assertThat(components).contains(module.getDisplayName()));
	}

	private static int layerOf(String module) {
		return IntStream.range(0, LAYERS.size())
			.filter(i -> LAYERS.get(i).contains(module))
			.findFirst()
			.orElseThrow(() -> new AssertionError(module + " is in no layer: place it in LAYERS and the README"));
	}

}
