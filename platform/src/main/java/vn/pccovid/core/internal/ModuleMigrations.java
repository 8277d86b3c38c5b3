package vn.pccovid.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Migrates each module's own PostgreSQL schema from its own folder, {@code db/migration/<module>}, with the
 * module's own history table: modules evolve their tables without coordinating version numbers.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);
	private static final Pattern MODULE_FOLDER = Pattern.compile("/db/migration/([a-z][a-z0-9_]*)/[^/]+\\.sql$");

	@Override
	public void migrate(Flyway flyway) {
		for (String module : modules()) {
			var result = Flyway.configure(flyway.getConfiguration().getClassLoader())
					.configuration(flyway.getConfiguration())
					.schemas(module)
					.defaultSchema(module)
					.createSchemas(true)
					.table("flyway_schema_history")
					// Requests are limited by pccovid.db.statement-timeout; a migration may rewrite a big table.
					.initSql("SET statement_timeout = 0")
					.locations("classpath:db/migration/" + module)
					.load()
					.migrate();
			if (result.migrationsExecuted > 0) {
				log.info("Module {}: {} migration(s) applied, now at version {}", module, result.migrationsExecuted, result.targetSchemaVersion);
			}
		}
	}

	/** The modules with migrations, in name order; no module's tables refer to another's, so order is free. */
	static SortedSet<String> modules() {
		try {
			Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql");
			SortedSet<String> modules = new TreeSet<>();
			Arrays.stream(scripts).map(ModuleMigrations::url).filter(Objects::nonNull).forEach(url -> {
				Matcher matcher = MODULE_FOLDER.matcher(url);
				if (matcher.find()) {
					modules.add(matcher.group(1));
				}
			});
			return modules;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not list the migration folders", e);
		}
	}

	private static String url(Resource resource) {
		try {
			return resource.getURL().toString();
		}
		catch (IOException e) {
			return null;
		}
	}
}
