package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.registry.CitizenFixtures.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Staff reads of citizens are audited with the purpose the request gives, checked against the reader's roles. */
class ReadPurposeApiTest extends PlatformTest {

	@Autowired
	AuditLog auditLog;

	@Test
	void aReadWithAnAllowedPurposeIsAuditedWithIt() {
		Person person = Person.in(PHUC_XA);
		var created = register(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person.json()).json();
		String id = created.get("id").asString();
		String household = created.get("householdId").asString();
		String epidemiologist = access().bearer(Role.EPIDEMIOLOGIST, Scope.of(HANOI));

		assertThat(http().get("/api/v1/registry/citizens/" + id + "?purpose=contact-tracing", "Authorization", epidemiologist)
				.status()).isEqualTo(200);
		assertThat(http().get("/api/v1/registry/citizens?purpose=contact-tracing&q=" + enc(person.cccd()), "Authorization",
				epidemiologist).status()).isEqualTo(200);
		assertThat(http().get("/api/v1/registry/households/" + household + "?purpose=contact-tracing", "Authorization",
				epidemiologist).status()).isEqualTo(200);
		assertThat(http().get("/api/v1/registry/citizens/" + id, "Authorization", epidemiologist).status()).isEqualTo(200);

		List<AuditEntry> reads = auditLog.about(List.of(UUID.fromString(id)), null, 10).stream()
				.filter(e -> e.action() != AuditAction.CREATE).toList();
		assertThat(reads).extracting(AuditEntry::purpose)
				.containsExactly("case-investigation", "contact-tracing", "contact-tracing", "contact-tracing");
	}

	@Test
	void aPurposeOutsideTheReadersRolesIs400AndNothingIsRead() {
		Person person = Person.in(PHUC_XA);
		var created = register(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person.json()).json();
		String id = created.get("id").asString();
		String household = created.get("householdId").asString();
		String checkpoint = access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(HANOI));

		for (String path : List.of("/api/v1/registry/citizens/" + id + "?purpose=vaccination",
				"/api/v1/registry/citizens?purpose=vaccination&q=" + enc(person.cccd()),
				"/api/v1/registry/households/" + household + "?purpose=audit-review")) {
			Http.Response refused = http().get(path, "Authorization", checkpoint);
			assertProblem(refused, 400, "purpose");
			assertThat(refused.body()).as(path).doesNotContain(person.fullName());
		}
		assertThat(auditLog.about(List.of(UUID.fromString(id)), null, 10)).extracting(AuditEntry::action)
				.containsExactly(AuditAction.CREATE);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
