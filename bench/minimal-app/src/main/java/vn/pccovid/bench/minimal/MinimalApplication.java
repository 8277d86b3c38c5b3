package vn.pccovid.bench.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest Spring Boot application of the platform's versions: one empty GET. The request-path benchmark
 * measures it with the same load generator, in the same run, as the platform's cheapest endpoints.
 */
@SpringBootApplication
@RestController
public class MinimalApplication {

	@GetMapping("/empty")
	String empty() {
		return "";
	}

	public static void main(String[] args) {
		SpringApplication.run(MinimalApplication.class, args);
	}
}
