package vn.pccovid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no module reaches into another's internals, no cycles), and its diagrams are current. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PcCovidApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/** Adding a module is a deliberate step (docs/modules.md): its name is added here, with its place in the map. */
	@Test
	void knowsExactlyTheModulesOfThePlatform() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
				.containsExactlyInAnyOrder("core", "geo", "registry", "access", "notification", "web", "people", "personalqr",
						"declaration", "checkin", "testing", "vaccination", "cases", "tracing", "certificate", "movement", "relief");
	}

	@Test
	void theSharedKernelDependsOnNoModule() {
		ApplicationModule core = modules.getModuleByName("core").orElseThrow();
		assertThat(core.getDirectDependencies(modules).uniqueModules().map(module -> module.getIdentifier().toString()))
				.as("core is the shared kernel every module stands on; it uses none of them").isEmpty();
	}

	@Test
	void dependenciesPointOneWay() {
		assertThat(dependsOn("registry", "notification")).as("registry announces events; it never calls notification").isFalse();
		assertThat(dependsOn("geo", "registry")).as("areas know nothing of the people living in them").isFalse();
		assertThat(dependsOn("access", "web")).as("no module depends on the web shell").isFalse();
		assertThat(dependsOn("registry", "web")).isFalse();
		assertThat(dependsOn("notification", "web")).isFalse();
		assertThat(dependsOn("web", "access")).as("the shell shows who is signed in (sanity check of this test)").isTrue();
	}

	private boolean dependsOn(String module, String other) {
		return modules.getModuleByName(module).orElseThrow().getDirectDependencies(modules).containsModuleNamed(other);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml()
				.writeModuleCanvases();
		assertThat(new java.io.File("../docs/modules/components.puml")).exists();
	}
}
