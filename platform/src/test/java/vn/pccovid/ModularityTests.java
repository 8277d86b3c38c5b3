package vn.pccovid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no module reaches into another's internals, no cycles), and its diagrams are current. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PcCovidApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void knowsTheModulesOfTheDesign() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
				.contains("core", "geo", "web", "access", "notification");
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
