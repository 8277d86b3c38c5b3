package vn.pccovid.registry.internal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo switch: {@code --pccovid.demo.province=01} fills an empty registry with a generated population of that
 * province ({@code citizens} people, default 100,000; {@code seed} 2021) and opens one demo staff account per role.
 *
 * @param province 2-digit GSO province code, or empty for no demo
 * @param citizens how many people
 * @param seed     random seed; the same seed gives the same people
 */
@ConfigurationProperties("pccovid.demo")
public record DemoSettings(String province, Integer citizens, Long seed) {

	public DemoSettings {
		citizens = citizens == null ? 100_000 : citizens;
		seed = seed == null ? 2021L : seed;
		if (citizens < 1 || citizens > 20_000_000) {
			throw new IllegalArgumentException("pccovid.demo.citizens must be 1–20,000,000, not " + citizens);
		}
	}

	public boolean enabled() {
		return province != null && !province.isBlank();
	}
}
