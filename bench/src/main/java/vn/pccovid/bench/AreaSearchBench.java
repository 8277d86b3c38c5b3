package vn.pccovid.bench;

import java.time.Duration;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.core.VietnameseText;
import vn.pccovid.geo.Areas;

/**
 * Area search: the platform's in-memory accent-insensitive index against the plain SQL a first version would
 * write, {@code ILIKE '%…%'} over the folded names in {@code geo.area}, same queries, same data, same threads.
 */
final class AreaSearchBench implements BenchCase {

	private static final List<String> QUERIES = List.of("ha noi", "Hà Nội", "phuc xa", "Hồ Chí Minh", "tan binh",
			"quan 1", "nguyen trai", "hoa binh", "long", "xuan", "Đà Nẵng", "can tho", "an phu", "thanh xuan", "bac");

	@Override
	public String name() {
		return "area-search";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws InterruptedException {
		Areas areas = platform.getBean(Areas.class);
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		Throughput throughput = new Throughput(2, Duration.ofSeconds(3), Duration.ofSeconds(3), 5);

		double index = throughput.measure(i -> areas.search(QUERIES.get(i % QUERIES.size()), null, 20));
		double ilike = throughput.measure(i -> jdbc.sql("""
				SELECT code, name FROM geo.area
				WHERE search_key ILIKE '%' || ? || '%'
				ORDER BY level, path LIMIT 20""")
				.param(VietnameseText.fold(QUERIES.get(i % QUERIES.size())))
				.query((rs, row) -> rs.getString(1)).list());
		return List.of(new Result("area search, 2 threads (in-memory folded index)", index, "searches/s",
				"SQL ILIKE '%q%' on geo.area", ilike, true));
	}
}
