package vn.pccovid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no module reaches into another's internals, no cycles), and its diagrams are current. */
class ModularityTests {

	private static final Path DOCS = Path.of("../docs/modules");

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
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml()
				.writeModuleCanvases();
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path file : files.toList()) {
				List<String> lines = Files.readAllLines(file);
				Files.write(file, file.toString().endsWith(".puml") ? inStableOrder(lines) : canvasInStableOrder(lines));
			}
		}
		assertThat(DOCS.resolve("components.puml")).exists();
	}

	/**
	 * The diagram with each run of its components and each run of its relations sorted: the Documenter lists them
	 * in hash order, so without this every build would rewrite the files under {@code docs/modules}.
	 */
	private static List<String> inStableOrder(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String runKind = null;
		for (String line : lines) {
			String kind = line.startsWith("Rel(") ? "Rel(" : line.stripLeading().startsWith("Component(") ? "Component(" : null;
			if (!Objects.equals(kind, runKind)) {
				run.sort(null);
				sorted.addAll(run);
				run.clear();
				runKind = kind;
			}
			(kind == null ? sorted : run).add(line);
		}
		run.sort(null);
		sorted.addAll(run);
		return sorted;
	}

	/** A module canvas with the bullets of each table cell ({@code |* a}, {@code * b}, …) sorted, for the same reason. */
	private static List<String> canvasInStableOrder(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> cell = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("* ") && !cell.isEmpty()) {
				cell.add(line);
				continue;
			}
			sortedCell(cell, sorted);
			if (line.startsWith("|* ")) {
				cell.add(line.substring(1));
			}
			else {
				sorted.add(line);
			}
		}
		sortedCell(cell, sorted);
		return sorted;
	}

	private static void sortedCell(List<String> cell, List<String> into) {
		if (!cell.isEmpty()) {
			cell.sort(null);
			into.add("|" + cell.get(0));
			into.addAll(cell.subList(1, cell.size()));
			cell.clear();
		}
	}
}
