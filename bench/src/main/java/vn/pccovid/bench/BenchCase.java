package vn.pccovid.bench;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/** One benchmark: measures the platform and its baseline against the same running platform and data. */
public interface BenchCase {

	String name();

	List<Result> run(ConfigurableApplicationContext platform) throws Exception;
}
