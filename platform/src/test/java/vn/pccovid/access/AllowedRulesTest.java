package vn.pccovid.access;

import vn.pccovid.core.Allowed;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Every endpoint of the platform declares its role and area rule; the build fails when one forgets. */
class AllowedRulesTest {

	static final ArchRule EVERY_ENDPOINT_DECLARES_ITS_RULE = methods()
			.that(DescribedPredicate.describe("map a web request", AllowedRulesTest::isHandler))
			.should(new ArchCondition<>("carry @Allowed on the method or its class") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					boolean declared = method.isAnnotatedWith(Allowed.class) || method.getOwner().isAnnotatedWith(Allowed.class);
					events.add(new SimpleConditionEvent(method, declared, method.getFullName() + " has no @Allowed rule"));
				}
			});

	@Test
	void everyPlatformEndpointDeclaresItsRule() {
		JavaClasses platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("vn.pccovid");
		EVERY_ENDPOINT_DECLARES_ITS_RULE.check(platform);
	}

	@RestController
	static class Forgetful {

		@GetMapping("/forgotten")
		String forgotten() {
			return "";
		}
	}

	@Test
	void theRuleCatchesAnEndpointWithoutOne() {
		JavaClasses forgetful = new ClassFileImporter().importClasses(Forgetful.class);
		assertThatThrownBy(() -> EVERY_ENDPOINT_DECLARES_ITS_RULE.check(forgetful))
				.isInstanceOf(AssertionError.class).hasMessageContaining("forgotten");
	}

	private static boolean isHandler(JavaMethod method) {
		boolean mapped = method.getAnnotations().stream().anyMatch(annotation -> annotation.getRawType()
				.isAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class)
				|| annotation.getRawType().isEquivalentTo(org.springframework.web.bind.annotation.RequestMapping.class));
		return mapped && !method.getOwner().isAssignableTo(ErrorController.class);
	}
}
