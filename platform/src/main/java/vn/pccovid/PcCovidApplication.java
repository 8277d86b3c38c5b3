package vn.pccovid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts the PC-Covid platform: one Spring Modulith application whose modules are the packages below this one. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "PC-Covid", sharedModules = "core")
public class PcCovidApplication {

	public static void main(String[] args) {
		SpringApplication.run(PcCovidApplication.class, args);
	}
}
